import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who changed what, when, with the row before and after: every admin and
 * staff action that changes data writes one row in its own transaction.
 * Kept forever (nothing purges it). `customer_id` marks rows that carry a
 * customer's personal data, so a GDPR erasure can clear their snapshots.
 * `at` is clock_timestamp(), not now(), so two actions of one transaction
 * keep their order.
 */
export class CreateAuditLog1765400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'api_key', 'cli', 'system')),
        actor_user_id uuid,
        actor_api_key_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        customer_id uuid,
        before jsonb,
        after jsonb,
        request_id text,
        client_address text
      )`);
    await q.query('CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)');
    await q.query('CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at DESC)');
    await q.query('CREATE INDEX audit_log_user_idx ON audit_log (actor_user_id, at DESC) WHERE actor_user_id IS NOT NULL');
    await q.query('CREATE INDEX audit_log_api_key_idx ON audit_log (actor_api_key_id, at DESC) WHERE actor_api_key_id IS NOT NULL');
    await q.query('CREATE INDEX audit_log_action_idx ON audit_log (action text_pattern_ops)');
    await q.query('CREATE INDEX audit_log_customer_idx ON audit_log (customer_id) WHERE customer_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
  }
}
