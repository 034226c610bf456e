import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An exit survey asks why a customer leaves (reasons from a list on its
 * page), never for a score, yet surveys.metric was NOT NULL, so exit surveys
 * carried 'csat'. That was read as if true: the invitation rollups counted
 * exit invitations as delivered CSAT invitations (lowering the CSAT response
 * rate), and SMS replies to them could be stored as CSAT scores. Now an exit
 * survey has no metric and every other kind has one. The hours holding exit
 * invitations are marked for the rollup job to recompute without them.
 * Responses already stored on exit surveys are left as they are (customers'
 * answers; the README says how to find them).
 */
export class ExitSurveysWithoutMetric1765600001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE surveys ALTER COLUMN metric DROP NOT NULL;
      UPDATE surveys SET metric = NULL WHERE kind = 'exit';
      ALTER TABLE surveys ADD CONSTRAINT surveys_metric_unless_exit CHECK ((kind = 'exit') = (metric IS NULL));
      INSERT INTO metrics_dirty_hours (kind, hour)
      SELECT DISTINCT 'invitation', date_trunc('hour', i.sent_at, 'UTC')
      FROM invitations i JOIN surveys s ON s.id = i.survey_id
      WHERE s.kind = 'exit' AND i.sent_at IS NOT NULL
      ON CONFLICT DO NOTHING;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE surveys DROP CONSTRAINT surveys_metric_unless_exit;
      UPDATE surveys SET metric = 'csat' WHERE metric IS NULL;
      ALTER TABLE surveys ALTER COLUMN metric SET NOT NULL;
      INSERT INTO metrics_dirty_hours (kind, hour)
      SELECT DISTINCT 'invitation', date_trunc('hour', i.sent_at, 'UTC')
      FROM invitations i JOIN surveys s ON s.id = i.survey_id
      WHERE s.kind = 'exit' AND i.sent_at IS NOT NULL
      ON CONFLICT DO NOTHING;
    `);
  }
}
