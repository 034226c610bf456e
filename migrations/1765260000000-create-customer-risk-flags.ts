import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Early warning (issue 10.5): one row per customer the churn-risk module has
 * flagged, kept current by its jobs. `status` is the row's place on the
 * retention team's list: active (listed), dismissed (hidden until a signal
 * not in `dismissed_evidence` appears) or cleared (no signal left, or the
 * customer cancelled). The list index holds active rows only, in the order
 * the list shows them; the refresh index finds flags whose evidence may have
 * aged out or been resolved.
 */
export class CreateCustomerRiskFlags1765260000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_risk_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL UNIQUE REFERENCES customers(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('active', 'dismissed', 'cleared')),
        -- [{kind, at, detail}] as the last evaluation found them (see libs/churn-risk/risk-rules.ts).
        reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
        score smallint NOT NULL,
        first_flagged_at timestamptz NOT NULL,
        last_evaluated_at timestamptz NOT NULL,
        cleared_at timestamptz,
        cleared_reason text CHECK (cleared_reason IN ('no_signals', 'cancelled')),
        dismissed_at timestamptz,
        dismissed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        dismissed_by_api_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        -- Evidence keys (kind:id) present when it was dismissed: only a key not in here brings the flag back.
        dismissed_evidence text[] NOT NULL DEFAULT '{}',
        CHECK ((status = 'cleared') = (cleared_at IS NOT NULL))
      );
      CREATE INDEX customer_risk_flags_list_idx ON customer_risk_flags (score DESC, first_flagged_at DESC, id DESC) WHERE status = 'active';
      CREATE INDEX customer_risk_flags_refresh_idx ON customer_risk_flags (last_evaluated_at) WHERE status <> 'cleared';

      -- How far the sweep for customers touched by events, answers and SLA deadlines has looked.
      CREATE TABLE churn_risk_sweep_state (
        id smallint PRIMARY KEY CHECK (id = 1),
        swept_until timestamptz NOT NULL
      );
      -- The first sweep looks at the last 60 days (the signal window), so an existing install starts with its list.
      INSERT INTO churn_risk_sweep_state (id, swept_until) VALUES (1, now() - interval '60 days');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE churn_risk_sweep_state, customer_risk_flags');
  }
}
