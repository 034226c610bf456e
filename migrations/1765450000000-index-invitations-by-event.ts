import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * invitations.event_id references events, but only the partial unique index
 * (survey_id, event_id) covered it, which a lookup by event alone cannot use:
 * deleting events (replacing the demo company, or any bulk delete) checked
 * every deleted event against the whole invitations table, 115 s for 13,000
 * events. With this index each check is one index probe.
 */
export class IndexInvitationsByEvent1765450000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX invitations_event_idx ON invitations (event_id) WHERE event_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX invitations_event_idx');
  }
}
