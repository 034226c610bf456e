import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Themes and department inboxes (issue 9): the theme catalogue with keyword
 * rules, staff corrections kept as training examples, trained model versions
 * (so every process loads the same model and a retrain swaps it without a
 * restart), feedback items routed per department with their themes, activity
 * log and replies, and the routing progress per response (the feedback
 * module's own, not a flag on responses). Department SLAs, a survey's default
 * department, per-user digest frequency and department-bound API keys are
 * columns on the tables that own them. The theme rows themselves are seeded at
 * start from libs/themes/seed (names, descriptions and examples are content,
 * not schema); the Digital department is added here because staff and routing
 * refer to it by key.
 */
export class CreateThemesAndFeedback1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO departments (key, name) VALUES ('digital', 'Digital') ON CONFLICT (key) DO NOTHING;
      ALTER TABLE departments
        ADD COLUMN ack_sla_hours integer NOT NULL DEFAULT 8 CHECK (ack_sla_hours BETWEEN 1 AND 720),
        ADD COLUMN resolve_sla_days integer NOT NULL DEFAULT 5 CHECK (resolve_sla_days BETWEEN 1 AND 365);

      ALTER TABLE users
        ADD COLUMN digest_frequency text NOT NULL DEFAULT 'daily' CHECK (digest_frequency IN ('hourly', 'daily', 'off'));

      ALTER TABLE api_keys ADD COLUMN department_id uuid REFERENCES departments(id) ON DELETE RESTRICT;

      ALTER TABLE surveys ADD COLUMN default_department_id uuid REFERENCES departments(id) ON DELETE SET NULL;
      UPDATE surveys SET default_department_id = (SELECT id FROM departments WHERE key = 'customer_service')
       WHERE kind IN ('post_contact', 'onboarding');

      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]{1,62}$'),
        kind text NOT NULL DEFAULT 'complaint' CHECK (kind IN ('complaint', 'praise')),
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        name jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'::jsonb,
        examples jsonb NOT NULL DEFAULT '{}'::jsonb,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX themes_department_idx ON themes (department_id);

      CREATE TABLE theme_keyword_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        phrase text NOT NULL CHECK (length(phrase) BETWEEN 2 AND 200),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (theme_id, phrase)
      );

      -- Every correction staff make (re-route, theme edit): what the next retrain learns from.
      CREATE TABLE theme_training_examples (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        locale text CHECK (locale IN ('pl', 'en')),
        theme_keys text[] NOT NULL DEFAULT '{}',
        department_key text,
        source text NOT NULL CHECK (source IN ('reroute', 'theme_edit', 'admin')),
        -- Ids across modules, not foreign keys: an example outlives the item it came from.
        feedback_item_id uuid,
        customer_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX theme_training_examples_customer_idx ON theme_training_examples (customer_id) WHERE customer_id IS NOT NULL;

      CREATE TABLE theme_models (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        version text NOT NULL,
        weights bytea NOT NULL,
        example_count integer NOT NULL,
        correction_count integer NOT NULL DEFAULT 0,
        trained_at timestamptz NOT NULL DEFAULT now(),
        active boolean NOT NULL DEFAULT false
      );
      CREATE UNIQUE INDEX theme_models_one_active ON theme_models (active) WHERE active;

      CREATE TABLE feedback_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id uuid NOT NULL,
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        customer_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        invitation_id uuid NOT NULL,
        metric text NOT NULL CHECK (metric IN ('csat', 'nps', 'ces')),
        score smallint NOT NULL,
        comment text,
        locale text,
        contact_channel text,
        team text,
        agent text,
        case_id text,
        -- Why it reached this department: a low score, a theme of its comment, the customer's history, a person.
        reason text NOT NULL CHECK (reason IN ('score', 'theme', 'history', 'manual')),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'in_progress', 'resolved')),
        assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
        resolution_note text CHECK (length(resolution_note) <= 4000),
        acknowledge_by timestamptz NOT NULL,
        resolve_by timestamptz NOT NULL,
        acknowledged_at timestamptz,
        resolved_at timestamptz,
        -- Set when a later answer no longer gives this department anything to act on; hidden from inboxes.
        withdrawn_at timestamptz,
        rerouted_from_id uuid REFERENCES departments(id) ON DELETE SET NULL,
        ack_breach_alerted_at timestamptz,
        resolve_breach_alerted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resolved_has_time CHECK (status <> 'resolved' OR resolved_at IS NOT NULL)
      );
      -- One item per response and department: retries and changed answers update it.
      CREATE UNIQUE INDEX feedback_items_response_department ON feedback_items (response_id, department_id);
      CREATE INDEX feedback_items_inbox_idx ON feedback_items (department_id, created_at DESC, id DESC) WHERE withdrawn_at IS NULL;
      CREATE INDEX feedback_items_list_idx ON feedback_items (created_at DESC, id DESC) WHERE withdrawn_at IS NULL;
      CREATE INDEX feedback_items_customer_idx ON feedback_items (customer_id);
      CREATE INDEX feedback_items_open_ack_idx ON feedback_items (acknowledge_by) WHERE status = 'new' AND withdrawn_at IS NULL;
      CREATE INDEX feedback_items_open_resolve_idx ON feedback_items (resolve_by) WHERE status <> 'resolved' AND withdrawn_at IS NULL;

      CREATE TABLE feedback_item_themes (
        item_id uuid NOT NULL REFERENCES feedback_items(id) ON DELETE CASCADE,
        theme_key text NOT NULL,
        confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        source text NOT NULL CHECK (source IN ('model', 'keyword', 'history', 'staff')),
        PRIMARY KEY (item_id, theme_key)
      );
      CREATE INDEX feedback_item_themes_key_idx ON feedback_item_themes (theme_key, item_id);

      -- What happened to an item, oldest first: the item page's history and the customer's timeline.
      CREATE TABLE feedback_item_activities (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES feedback_items(id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX feedback_item_activities_item_idx ON feedback_item_activities (item_id, id);

      -- A reply to the customer is an outbox row written with its send job, so it is sent once and never lost.
      CREATE TABLE feedback_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES feedback_items(id) ON DELETE CASCADE,
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        locale text NOT NULL CHECK (locale IN ('pl', 'en')),
        subject text,
        body text CHECK (length(body) <= 4000),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        provider_message_id text,
        last_error text,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX feedback_replies_item_idx ON feedback_replies (item_id, created_at);
      CREATE INDEX feedback_replies_customer_idx ON feedback_replies (customer_id);

      -- The feedback module's own progress per response: which version of the answer it has routed.
      CREATE TABLE feedback_response_routings (
        response_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        response_updated_at timestamptz NOT NULL,
        model_version text,
        -- Every theme found, praise included, [{key, confidence, source}]: what theme counts read.
        themes jsonb NOT NULL DEFAULT '[]'::jsonb,
        routed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX feedback_response_routings_customer_idx ON feedback_response_routings (customer_id);
      CREATE INDEX feedback_response_routings_routed_idx ON feedback_response_routings (routed_at);

      -- How far the sweep for answers that announced nothing (score links' fast path) has looked.
      CREATE TABLE feedback_sweep_state (
        id smallint PRIMARY KEY CHECK (id = 1),
        swept_until timestamptz NOT NULL
      );
      INSERT INTO feedback_sweep_state (id, swept_until) VALUES (1, now() - interval '1 day');

      -- One digest per user and period, however many workers run the job.
      CREATE TABLE feedback_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        period_start timestamptz NOT NULL,
        item_count integer NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, period_start)
      );

      ALTER TABLE webhook_endpoints DROP CONSTRAINT webhook_endpoints_events_check;
      ALTER TABLE webhook_endpoints ADD CONSTRAINT webhook_endpoints_events_check
        CHECK (cardinality(events) >= 1 AND events <@ ARRAY['response.created', 'response.detractor', 'feedback_item.created', 'feedback_item.resolved']);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM webhook_endpoints WHERE NOT events <@ ARRAY['response.created', 'response.detractor'];
      ALTER TABLE webhook_endpoints DROP CONSTRAINT webhook_endpoints_events_check;
      ALTER TABLE webhook_endpoints ADD CONSTRAINT webhook_endpoints_events_check
        CHECK (cardinality(events) >= 1 AND events <@ ARRAY['response.created', 'response.detractor']);
      DROP TABLE feedback_sweep_state, feedback_digests, feedback_response_routings, feedback_replies, feedback_item_activities,
        feedback_item_themes, feedback_items, theme_models, theme_training_examples, theme_keyword_rules, themes;
      ALTER TABLE surveys DROP COLUMN default_department_id;
      ALTER TABLE api_keys DROP COLUMN department_id;
      ALTER TABLE users DROP COLUMN digest_frequency;
      ALTER TABLE departments DROP COLUMN ack_sla_hours, DROP COLUMN resolve_sla_days;
      DELETE FROM departments WHERE key = 'digital' AND NOT EXISTS (SELECT 1 FROM users WHERE department_id = departments.id);
    `);
  }
}
