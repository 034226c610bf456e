import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hash of the canonical body an event was first stored with, so a repeated
 * idempotencyKey with a different body is a 409 instead of silently answering
 * with the first event. NULL for events stored before (and after erasure): those
 * keys replay as before, whatever the body.
 */
export class AddEventBodyHash1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE events ADD COLUMN body_hash text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE events DROP COLUMN body_hash');
  }
}
