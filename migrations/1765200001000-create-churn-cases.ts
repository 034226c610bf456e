import { MigrationInterface, QueryRunner } from 'typeorm';

const REASONS = `'too_expensive', 'poor_service', 'delivery_problems', 'product_quality', 'missing_features', 'switched_to_competitor', 'no_longer_needed', 'moving', 'technical_problems', 'other'`;
const OPEN = `'open', 'contacted', 'offer_made'`;
const WEBHOOK_EVENTS_BEFORE = `'response.created', 'response.detractor', 'feedback_item.created', 'feedback_item.resolved'`;

/**
 * Churn cases and exit interviews (libs/churn):
 * - churn_cases: one per customer cancellation, at most one open per customer
 *   (a partial unique index, so two racing cancellations cannot both open one);
 *   the exit interview is part of the case (one per case, changeable);
 * - churn_case_events: every cancellation event a case covers, keyed by event,
 *   so a retried or repeated event never opens or counts twice;
 * - churn_case_activities: the case's log (calls, notes, e-mails, offers, and
 *   the changes staff made), shown on the customer's timeline;
 * - churn_offer_types (admin-defined, seeded with four) and churn_offers;
 * - churn_assignment_state: the round-robin pointer, one row, locked by each
 *   case opening so concurrent openings take agents in turn.
 * Feedback items may now come from an exit interview instead of a response
 * (churn_case_id), one per case and department. An exit survey is seeded; the
 * churn module sends it when a case opens from a cancellation, so it has no
 * trigger of its own.
 */
export class CreateChurnCases1765200001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE churn_offer_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]{1,62}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 2000),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO churn_offer_types (key, name, description) VALUES
        ('discount', 'Discount', 'A lower price for a number of months'),
        ('plan_change', 'Plan change', 'A cheaper or better-fitting plan'),
        ('pause', 'Pause', 'The subscription paused instead of cancelled'),
        ('free_service_visit', 'Free service visit', 'A technician visit at no charge');

      CREATE TABLE churn_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id),
        -- event: a cancellation event; manual: staff (phone, branch); proactive: from the at-risk list.
        source text NOT NULL CHECK (source IN ('event', 'manual', 'proactive')),
        event_id uuid UNIQUE REFERENCES events(id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN (${OPEN}, 'won_back', 'lost')),
        recorded_reason text CHECK (length(recorded_reason) <= 1000),
        plan text,
        value_at_risk numeric(14, 2) CHECK (value_at_risk >= 0),
        customer_since timestamptz,
        cancelled_at timestamptz NOT NULL,
        effective_at timestamptz,
        owner_id uuid REFERENCES users(id) ON DELETE SET NULL,
        opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
        first_contact_due timestamptz NOT NULL,
        first_contacted_at timestamptz,
        lost_reason text CHECK (length(lost_reason) <= 1000),
        won_offer_id uuid,
        exit_invitation_id uuid,
        interview_primary_reason text CHECK (interview_primary_reason IN (${REASONS})),
        interview_secondary_reasons text[] NOT NULL DEFAULT '{}' CHECK (interview_secondary_reasons <@ ARRAY[${REASONS}]),
        interview_destination text CHECK (interview_destination IN ('competitor', 'no_replacement', 'not_sure')),
        interview_competitor text CHECK (length(interview_competitor) <= 200),
        interview_might_return text CHECK (interview_might_return IN ('yes', 'no', 'maybe')),
        interview_comment text CHECK (length(interview_comment) <= 4000),
        interview_source text CHECK (interview_source IN ('survey', 'agent')),
        interview_recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        interview_recorded_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT churn_cases_lost_has_reason CHECK (status <> 'lost' OR lost_reason IS NOT NULL),
        CONSTRAINT churn_cases_closed_has_time CHECK ((status IN ('won_back', 'lost')) = (closed_at IS NOT NULL)),
        CONSTRAINT churn_cases_interview_whole CHECK ((interview_primary_reason IS NULL) = (interview_recorded_at IS NULL))
      );
      -- At most one open case per customer: a second cancellation joins it.
      CREATE UNIQUE INDEX churn_cases_one_open ON churn_cases (customer_id) WHERE status IN (${OPEN});
      CREATE INDEX churn_cases_list_idx ON churn_cases (created_at DESC, id DESC);
      CREATE INDEX churn_cases_customer_idx ON churn_cases (customer_id, created_at DESC);
      CREATE INDEX churn_cases_owner_idx ON churn_cases (owner_id) WHERE status IN (${OPEN});
      CREATE INDEX churn_cases_invitation_idx ON churn_cases (exit_invitation_id) WHERE exit_invitation_id IS NOT NULL;

      CREATE TABLE churn_case_events (
        event_id uuid PRIMARY KEY REFERENCES events(id),
        case_id uuid NOT NULL REFERENCES churn_cases(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX churn_case_events_case_idx ON churn_case_events (case_id);

      CREATE TABLE churn_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES churn_cases(id) ON DELETE CASCADE,
        offer_type_id uuid NOT NULL REFERENCES churn_offer_types(id),
        outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'accepted', 'declined')),
        details text CHECK (length(details) <= 2000),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX churn_offers_case_idx ON churn_offers (case_id, created_at);
      ALTER TABLE churn_cases ADD CONSTRAINT churn_cases_won_offer_fk FOREIGN KEY (won_offer_id) REFERENCES churn_offers(id) ON DELETE SET NULL;

      CREATE TABLE churn_case_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES churn_cases(id) ON DELETE CASCADE,
        customer_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('call', 'note', 'email', 'offer', 'opened', 'cancellation', 'status_changed', 'assigned', 'interview')),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text CHECK (length(body) <= 4000),
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX churn_case_activities_case_idx ON churn_case_activities (case_id, created_at);
      CREATE INDEX churn_case_activities_customer_idx ON churn_case_activities (customer_id, created_at DESC, id DESC);

      CREATE TABLE churn_assignment_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_user_id uuid
      );
      INSERT INTO churn_assignment_state (singleton) VALUES (true);

      ALTER TABLE feedback_items
        ALTER COLUMN response_id DROP NOT NULL,
        ALTER COLUMN survey_id DROP NOT NULL,
        ALTER COLUMN invitation_id DROP NOT NULL,
        ALTER COLUMN metric DROP NOT NULL,
        ALTER COLUMN score DROP NOT NULL,
        ADD COLUMN churn_case_id uuid,
        ADD CONSTRAINT feedback_items_one_source CHECK ((response_id IS NULL) <> (churn_case_id IS NULL)),
        ADD CONSTRAINT feedback_items_response_scored CHECK (response_id IS NULL OR (score IS NOT NULL AND metric IS NOT NULL));
      ALTER TABLE feedback_items DROP CONSTRAINT feedback_items_reason_check;
      ALTER TABLE feedback_items ADD CONSTRAINT feedback_items_reason_check CHECK (reason IN ('score', 'theme', 'history', 'manual', 'exit_interview'));
      CREATE UNIQUE INDEX feedback_items_churn_case_department ON feedback_items (churn_case_id, department_id) WHERE churn_case_id IS NOT NULL;
      ALTER TABLE feedback_item_themes DROP CONSTRAINT feedback_item_themes_source_check;
      ALTER TABLE feedback_item_themes ADD CONSTRAINT feedback_item_themes_source_check CHECK (source IN ('model', 'keyword', 'history', 'staff', 'interview'));

      ALTER TABLE webhook_endpoints DROP CONSTRAINT webhook_endpoints_events_check;
      ALTER TABLE webhook_endpoints ADD CONSTRAINT webhook_endpoints_events_check
        CHECK (cardinality(events) >= 1 AND events <@ ARRAY[${WEBHOOK_EVENTS_BEFORE}, 'churn_case.opened', 'churn_case.closed']);

      -- The metric column needs a value; the exit page asks the taxonomy, never a score. clock_timestamp(): after the seeded
      -- CSAT survey even when every migration shares one transaction (code picking "the first CSAT survey" keeps its pick).
      INSERT INTO surveys (name, kind, metric, question, follow_up, channels, trigger_event_type, delay_minutes, throttle_days, expiry_hours, reminder_after_hours, created_at, updated_at)
      VALUES ('Exit interview', 'exit', 'csat',
        '{"pl": "Przykro nam, że odchodzisz. Powiesz nam dlaczego?", "en": "We are sorry to see you go. Will you tell us why?"}',
        '{"pl": "Co moglibyśmy zrobić lepiej?", "en": "What could we have done better?"}',
        '{email,sms}', NULL, 0, 0, 336, NULL, clock_timestamp(), clock_timestamp());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM invitation_log WHERE invitation_id IN (SELECT i.id FROM invitations i JOIN surveys s ON s.id = i.survey_id WHERE s.kind = 'exit' AND s.name = 'Exit interview' AND s.trigger_event_type IS NULL);
      DELETE FROM invitations WHERE survey_id IN (SELECT id FROM surveys WHERE kind = 'exit' AND name = 'Exit interview' AND trigger_event_type IS NULL);
      DELETE FROM surveys WHERE kind = 'exit' AND name = 'Exit interview' AND trigger_event_type IS NULL;
      DELETE FROM webhook_endpoints WHERE NOT events <@ ARRAY[${WEBHOOK_EVENTS_BEFORE}];
      ALTER TABLE webhook_endpoints DROP CONSTRAINT webhook_endpoints_events_check;
      ALTER TABLE webhook_endpoints ADD CONSTRAINT webhook_endpoints_events_check CHECK (cardinality(events) >= 1 AND events <@ ARRAY[${WEBHOOK_EVENTS_BEFORE}]);
      DELETE FROM feedback_items WHERE churn_case_id IS NOT NULL;
      ALTER TABLE feedback_item_themes DROP CONSTRAINT feedback_item_themes_source_check;
      ALTER TABLE feedback_item_themes ADD CONSTRAINT feedback_item_themes_source_check CHECK (source IN ('model', 'keyword', 'history', 'staff'));
      DROP INDEX feedback_items_churn_case_department;
      ALTER TABLE feedback_items DROP CONSTRAINT feedback_items_reason_check;
      ALTER TABLE feedback_items ADD CONSTRAINT feedback_items_reason_check CHECK (reason IN ('score', 'theme', 'history', 'manual'));
      ALTER TABLE feedback_items DROP CONSTRAINT feedback_items_one_source, DROP CONSTRAINT feedback_items_response_scored, DROP COLUMN churn_case_id,
        ALTER COLUMN response_id SET NOT NULL, ALTER COLUMN survey_id SET NOT NULL, ALTER COLUMN invitation_id SET NOT NULL,
        ALTER COLUMN metric SET NOT NULL, ALTER COLUMN score SET NOT NULL;
      DROP TABLE churn_assignment_state;
      DROP TABLE churn_case_activities;
      ALTER TABLE churn_cases DROP CONSTRAINT churn_cases_won_offer_fk;
      DROP TABLE churn_offers;
      DROP TABLE churn_case_events;
      DROP TABLE churn_cases;
      DROP TABLE churn_offer_types;
    `);
  }
}
