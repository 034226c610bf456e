import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sum of squared scores per rollup row, so a mean (CES) gets its sample
 * variance, hence a margin of error and a test of its change between two
 * periods, from the rollups like the other figures. Rows rolled up before
 * this have no squares: their hours are marked dirty, so readers take those
 * hours raw until the metrics.refresh-rollups job has recomputed them.
 */
export class AddScoreSquaresToRollups1765230000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE metrics_response_hours ADD COLUMN score_sq_sum bigint NOT NULL DEFAULT 0;
      ALTER TABLE metrics_response_days ADD COLUMN score_sq_sum bigint NOT NULL DEFAULT 0;
      INSERT INTO metrics_dirty_hours (kind, hour)
      SELECT DISTINCT 'response', start_at FROM metrics_response_hours
      ON CONFLICT DO NOTHING;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE metrics_response_days DROP COLUMN score_sq_sum;
      ALTER TABLE metrics_response_hours DROP COLUMN score_sq_sum;
    `);
  }
}
