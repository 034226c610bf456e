import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dimensions feedback is reported by (contact channel, team of the
 * triggering contact; survey channel) copied onto invitations and responses
 * when they are written. Filters and metrics then read one table instead of
 * joining millions of responses to their events, and a response keeps its
 * dimensions even if the event is later erased.
 */
export class AddContactDimensions1763900002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invitations
        ADD COLUMN contact_channel text,
        ADD COLUMN team text;
      UPDATE invitations i SET contact_channel = e.contact_channel, team = e.team
      FROM events e WHERE e.id = i.event_id AND (e.contact_channel IS NOT NULL OR e.team IS NOT NULL);

      ALTER TABLE responses
        ADD COLUMN channel text CHECK (channel IN ('email', 'sms')),
        ADD COLUMN contact_channel text,
        ADD COLUMN team text;
      UPDATE responses r SET channel = i.channel, contact_channel = i.contact_channel, team = i.team
      FROM invitations i WHERE i.id = r.invitation_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE responses DROP COLUMN team, DROP COLUMN contact_channel, DROP COLUMN channel;
      ALTER TABLE invitations DROP COLUMN team, DROP COLUMN contact_channel;
    `);
  }
}
