import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks: the endpoints an admin configured, one delivery per event
 * and endpoint (written with its pg-boss job in the transaction that stored
 * the response, so neither can exist without the other), and a log line per
 * HTTP attempt.
 */
export class CreateWebhooks1763900006000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
        events text[] NOT NULL
          CHECK (cardinality(events) >= 1 AND events <@ ARRAY['response.created', 'response.detractor']),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
        -- AES-256-GCM (iv, tag, ciphertext): signing needs the secret itself, so it can not be hashed as API keys are.
        secret_ciphertext bytea NOT NULL,
        -- Last characters of the secret, so an admin can tell which one a receiver has.
        secret_hint text NOT NULL,
        secret_rotated_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE webhook_deliveries (
        -- Also the event id in the body and Feedloop-Delivery: receivers de-duplicate retries by it.
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_type text NOT NULL,
        -- Whose data the body carries, so erasing the customer can clear it; an id, as across modules.
        customer_id uuid,
        -- The exact body, sent unchanged on every attempt; NULL once the customer was erased.
        payload text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      );
      CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
      CREATE INDEX webhook_deliveries_customer_idx ON webhook_deliveries (customer_id) WHERE customer_id IS NOT NULL;
      CREATE INDEX webhook_deliveries_completed_idx ON webhook_deliveries (completed_at) WHERE completed_at IS NOT NULL;

      -- One line per HTTP attempt; never the secret or the signature.
      CREATE TABLE webhook_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        UNIQUE (delivery_id, attempt)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_attempts, webhook_deliveries, webhook_endpoints');
  }
}
