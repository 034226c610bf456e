import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffAndCustomers1763900000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]{1,62}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO departments (key, name) VALUES
        ('customer_service', 'Customer Service'),
        ('logistics', 'Logistics'),
        ('billing', 'Billing'),
        ('product', 'Product');

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'analyst', 'department_head', 'retention_agent')),
        department_id uuid REFERENCES departments(id) ON DELETE RESTRICT,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('pl', 'en')),
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT department_head_has_department CHECK (role <> 'department_head' OR department_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));
      CREATE INDEX users_department_idx ON users (department_id);

      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        key_prefix text NOT NULL,
        key_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );

      -- Layout required by connect-pg-simple.
      CREATE TABLE user_sessions (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      );
      CREATE INDEX user_sessions_expire_idx ON user_sessions (expire);

      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text UNIQUE,
        name text,
        email text,
        phone text,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('pl', 'en')),
        time_zone text NOT NULL,
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        email_opted_out_at timestamptz,
        sms_opted_out_at timestamptz,
        erased_at timestamptz,
        -- Millisecond precision: list cursors carry a JS Date, and a microsecond the cursor
        -- cannot express would repeat or skip rows at a page boundary.
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erased_customer_has_no_personal_data
          CHECK (erased_at IS NULL OR (external_id IS NULL AND name IS NULL AND email IS NULL AND phone IS NULL))
      );
      CREATE INDEX customers_created_idx ON customers (created_at, id);
      CREATE INDEX customers_email_idx ON customers (lower(email));
      CREATE INDEX customers_phone_idx ON customers (phone);

      -- History of every consent change, with where it came from; customers holds the current state.
      CREATE TABLE consent_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        opted_out boolean NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX consent_changes_customer_idx ON consent_changes (customer_id, created_at);

      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('contact', 'signup', 'cancellation')),
        idempotency_key text NOT NULL UNIQUE,
        customer_id uuid NOT NULL REFERENCES customers(id),
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        contact_channel text CHECK (contact_channel IN ('phone', 'email', 'chat', 'social', 'branch', 'app')),
        team text,
        agent text,
        case_id text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        api_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        -- Set by the survey worker once it has acted on the event; NULL rows are its queue.
        processed_at timestamptz,
        CONSTRAINT contact_event_has_channel CHECK (type <> 'contact' OR contact_channel IS NOT NULL)
      );
      CREATE INDEX events_customer_idx ON events (customer_id, occurred_at);
      CREATE INDEX events_received_idx ON events (received_at, id);
      -- Partial, so it stays as small as the backlog however many events have been handled.
      CREATE INDEX events_unprocessed_idx ON events (received_at, id) WHERE processed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE events, consent_changes, customers, user_sessions, api_keys, users, departments`);
  }
}
