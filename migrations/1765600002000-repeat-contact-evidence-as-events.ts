import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repeat-contacts evidence changed shape in libs/churn-risk/risk-rules.ts
 * (`eventIds` and `firstAt` became `events: [{id, at}]`), but flags already
 * stored kept the old one until re-evaluated, and dismissing such a flag read
 * `events` that was not there (a 500). The stored ones are rewritten with each
 * event's time, oldest first, as assessRisk writes them now.
 */
export class RepeatContactEvidenceAsEvents1765600002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE customer_risk_flags f
      SET reasons = (
        SELECT jsonb_agg(
                 CASE WHEN t.r->>'kind' = 'repeat_contacts' AND t.r->'detail' ? 'eventIds'
                   THEN jsonb_set(t.r, '{detail}', (t.r->'detail') - 'eventIds' - 'firstAt' || jsonb_build_object('events', (
                     SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'at', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                                               ORDER BY e.occurred_at, e.id), '[]'::jsonb)
                     FROM jsonb_array_elements_text(t.r->'detail'->'eventIds') AS x(id) JOIN events e ON e.id = x.id::uuid)))
                   ELSE t.r END
                 ORDER BY t.n)
        FROM jsonb_array_elements(f.reasons) WITH ORDINALITY AS t(r, n))
      WHERE f.reasons @? '$[*].detail.eventIds';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE customer_risk_flags f
      SET reasons = (
        SELECT jsonb_agg(
                 CASE WHEN t.r->>'kind' = 'repeat_contacts' AND t.r->'detail' ? 'events'
                   THEN jsonb_set(t.r, '{detail}', (t.r->'detail') - 'events' || jsonb_build_object(
                     'eventIds', (SELECT coalesce(jsonb_agg(ev->'id' ORDER BY k), '[]'::jsonb) FROM jsonb_array_elements(t.r->'detail'->'events') WITH ORDINALITY AS y(ev, k)),
                     'firstAt', t.r->'detail'->'events'->0->'at'))
                   ELSE t.r END
                 ORDER BY t.n)
        FROM jsonb_array_elements(f.reasons) WITH ORDINALITY AS t(r, n))
      WHERE f.reasons @? '$[*].detail.events';
    `);
  }
}
