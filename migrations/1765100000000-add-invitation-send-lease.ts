import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which workers process claimed an invitation for sending: the key of the
 * advisory lock that process holds while it lives (JobsService's lease).
 * A restarted or another workers process can then tell a claim left by a
 * dead process (its lock is free) from one being sent right now, and take
 * it over at once instead of after a timeout. The partial index keeps the
 * sweep for such claims cheap: only invitations being sent are in it.
 */
export class AddInvitationSendLease1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invitations ADD COLUMN send_lease integer');
    await q.query(`CREATE INDEX invitations_sending_idx ON invitations (send_lease) WHERE status = 'sending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX invitations_sending_idx');
    await q.query('ALTER TABLE invitations DROP COLUMN send_lease');
  }
}
