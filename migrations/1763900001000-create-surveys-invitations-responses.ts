import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys, the invitation outbox and responses. An invitation row is written
 * in the same transaction as the pg-boss job that sends it, so a crash can
 * neither lose a due invitation nor send one that was never recorded.
 */
export class CreateSurveysInvitationsResponses1763900001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('post_contact', 'onboarding', 'exit', 'relationship')),
        metric text NOT NULL CHECK (metric IN ('csat', 'nps', 'ces')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
        -- Per locale: {"pl": "...", "en": "..."}
        question jsonb NOT NULL,
        follow_up jsonb NOT NULL,
        channels text[] NOT NULL DEFAULT '{email,sms}'
          CHECK (cardinality(channels) BETWEEN 1 AND 2 AND channels <@ ARRAY['email', 'sms']),
        -- NULL: sent only when asked for (relationship surveys, later campaigns).
        trigger_event_type text CHECK (trigger_event_type IN ('contact', 'signup', 'cancellation')),
        -- {"contactChannels": [...], "teams": [...], "attributes": {"plan": "gold"}}
        trigger_filters jsonb NOT NULL DEFAULT '{}'::jsonb,
        delay_minutes integer NOT NULL DEFAULT 0 CHECK (delay_minutes >= 0),
        -- 0: this survey neither counts toward nor is held back by the throttle (exit surveys).
        throttle_days integer NOT NULL DEFAULT 30 CHECK (throttle_days >= 0),
        quiet_hours_start time DEFAULT '21:00',
        quiet_hours_end time DEFAULT '08:00',
        expiry_hours integer NOT NULL DEFAULT 168 CHECK (expiry_hours BETWEEN 1 AND 2160),
        reminder_after_hours integer DEFAULT 72 CHECK (reminder_after_hours > 0),
        sms_transliterate boolean NOT NULL DEFAULT false,
        -- Per-locale overrides of the default message texts: {"pl": {"emailSubject": ..., "smsText": ...}}
        templates jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quiet_hours_both_or_neither CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
      );
      CREATE INDEX surveys_trigger_idx ON surveys (trigger_event_type) WHERE status = 'active';

      INSERT INTO surveys (name, kind, metric, question, follow_up, channels, trigger_event_type, delay_minutes, reminder_after_hours)
      VALUES
        ('Post-contact CSAT', 'post_contact', 'csat',
         '{"pl": "Jak oceniasz naszą pomoc w tej sprawie?", "en": "How satisfied are you with the help you received?"}',
         '{"pl": "Jaki jest główny powód Twojej oceny?", "en": "What is the main reason for your score?"}',
         '{email,sms}', 'contact', 60, 72),
        ('Onboarding NPS (day 14)', 'onboarding', 'nps',
         '{"pl": "Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?", "en": "How likely are you to recommend us to a friend or colleague?"}',
         '{"pl": "Jaki jest główny powód Twojej oceny?", "en": "What is the main reason for your score?"}',
         '{email,sms}', 'signup', 14 * 24 * 60, 72);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id),
        customer_id uuid NOT NULL REFERENCES customers(id),
        event_id uuid REFERENCES events(id),
        channel text CHECK (channel IN ('email', 'sms')),
        locale text NOT NULL CHECK (locale IN ('pl', 'en')),
        -- Random, not derived from ids; what links in e-mails and SMS carry.
        token text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN
          ('scheduled', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'answered', 'expired', 'suppressed')),
        suppression_reason text CHECK (suppression_reason IN ('throttled', 'opted_out', 'no_address', 'stale', 'survey_paused', 'customer_erased')),
        due_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        provider_message_id text,
        last_error text,
        sent_at timestamptz,
        delivered_at timestamptz,
        failed_at timestamptz,
        answered_at timestamptz,
        reminder_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT suppressed_has_reason CHECK ((status = 'suppressed') = (suppression_reason IS NOT NULL))
      );
      -- One invitation per survey and triggering event: a replayed or re-processed event creates nothing.
      CREATE UNIQUE INDEX invitations_survey_event_key ON invitations (survey_id, event_id) WHERE event_id IS NOT NULL;
      CREATE INDEX invitations_customer_sent_idx ON invitations (customer_id, sent_at);
      CREATE INDEX invitations_provider_message_idx ON invitations (provider_message_id) WHERE provider_message_id IS NOT NULL;
      CREATE INDEX invitations_status_due_idx ON invitations (status, due_at);

      -- Every status change with its reason ("quiet hours moved it to 08:00", the provider's error), for support and audits.
      CREATE TABLE invitation_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
        status text NOT NULL,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invitation_log_invitation_idx ON invitation_log (invitation_id, id);

      CREATE TABLE responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invitation_id uuid NOT NULL UNIQUE REFERENCES invitations(id),
        survey_id uuid NOT NULL REFERENCES surveys(id),
        customer_id uuid NOT NULL REFERENCES customers(id),
        metric text NOT NULL CHECK (metric IN ('csat', 'nps', 'ces')),
        score smallint NOT NULL,
        comment text CHECK (length(comment) <= 2000),
        -- How the answer arrived: a score link, the web page, an SMS reply.
        source text NOT NULL CHECK (source IN ('email_link', 'web', 'sms')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT score_in_scale CHECK (
          (metric = 'nps' AND score BETWEEN 0 AND 10) OR
          (metric = 'csat' AND score BETWEEN 1 AND 5) OR
          (metric = 'ces' AND score BETWEEN 1 AND 7))
      );
      CREATE INDEX responses_survey_created_idx ON responses (survey_id, created_at);
      CREATE INDEX responses_customer_idx ON responses (customer_id, created_at);

      -- Earlier values of a response that was changed within its window.
      CREATE TABLE response_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        score smallint NOT NULL,
        comment text,
        source text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE response_changes, responses, invitation_log, invitations, surveys');
  }
}
