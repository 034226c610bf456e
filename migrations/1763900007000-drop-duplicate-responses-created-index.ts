import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * responses (created_at), added for the metrics' raw reads, duplicates the
 * list index responses (created_at, id) that came after it: the raw reads use
 * either, while with both the planner took the narrower one for newest-first
 * list pages and sorted their rows again.
 */
export class DropDuplicateResponsesCreatedIndex1763900007000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS responses_created_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX responses_created_idx ON responses (created_at)');
  }
}
