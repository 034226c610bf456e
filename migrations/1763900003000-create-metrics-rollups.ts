import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups that keep metrics fast on millions of responses, and the marks that
 * keep them exact.
 *
 * Responses (by created_at) and invitations (by sent_at) are summed per UTC
 * hour and per UTC day and per (metric, survey, contact channel, team, survey
 * channel); '' stands for "none" so the primary keys need no NULLS NOT
 * DISTINCT (PostgreSQL 14). Next to that full cube (hundreds of rows a day)
 * each hour and day also has rows per single dimension and one total per
 * metric (`grouping`), so a query that groups or filters by at most one
 * dimension reads a handful of rows a day. Any period in any IANA zone is whole UTC days
 * plus or minus some hours, plus raw rows for the parts of hours that
 * half-hour zones cut (libs/metrics/rollup-read-plan.ts).
 *
 * Triggers on responses and invitations mark the UTC hours a write touched
 * in metrics_dirty_hours; readers take the raw rows of marked hours instead
 * of their rollup, and the metrics.refresh-rollups job recomputes them.
 * A writer takes a shared advisory lock on each hour it marks (writers never
 * wait for each other) and the job an exclusive one while it recomputes an
 * hour and removes its mark: so the job never removes a mark a
 * still-uncommitted write relied on, and a write during a recompute marks
 * the hour again after it. INSERT ... ON CONFLICT DO NOTHING leaves an
 * existing mark untouched, so busy hours cost writers no row lock.
 */
export class CreateMetricsRollups1763900003000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX responses_created_idx ON responses (created_at);
      CREATE INDEX invitations_sent_idx ON invitations (sent_at) WHERE sent_at IS NOT NULL;

      CREATE TABLE metrics_dirty_hours (
        kind text NOT NULL CHECK (kind IN ('response', 'invitation')),
        hour timestamptz NOT NULL,
        PRIMARY KEY (kind, hour)
      );

      CREATE TABLE metrics_response_hours (
        start_at timestamptz NOT NULL,
        metric text NOT NULL,
        -- Which dimensions the row keeps ('full': all four); the others are ''. See the grouping comment above.
        grouping text NOT NULL,
        survey_id text NOT NULL,
        contact_channel text NOT NULL,
        team text NOT NULL,
        channel text NOT NULL,
        n integer NOT NULL,
        score_sum bigint NOT NULL,
        -- NPS 9–10 and 0–6; CSAT 4–5. Zero for the other metrics.
        promoters integer NOT NULL,
        detractors integer NOT NULL,
        satisfied integer NOT NULL,
        PRIMARY KEY (metric, grouping, start_at, survey_id, contact_channel, team, channel)
      );
      CREATE TABLE metrics_response_days (LIKE metrics_response_hours INCLUDING ALL);

      CREATE TABLE metrics_invitation_hours (
        start_at timestamptz NOT NULL,
        metric text NOT NULL,
        grouping text NOT NULL,
        survey_id text NOT NULL,
        contact_channel text NOT NULL,
        team text NOT NULL,
        channel text NOT NULL,
        -- Sent and not failed or bounced (or answered anyway): e-mail has no delivery report.
        delivered integer NOT NULL,
        -- Of those, the ones with a response.
        answered integer NOT NULL,
        PRIMARY KEY (metric, grouping, start_at, survey_id, contact_channel, team, channel)
      );
      CREATE TABLE metrics_invitation_days (LIKE metrics_invitation_hours INCLUDING ALL);

      -- Shared locks in key order, then the marks in key order: two writers never wait for each other in a cycle.
      CREATE FUNCTION metrics_mark_dirty(p_kind text, p_hours timestamptz[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(p_hours) = 0 THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock_shared(CASE p_kind WHEN 'response' THEN 15985 ELSE 15986 END, k)
        FROM (SELECT DISTINCT floor(extract(epoch FROM h) / 3600)::int AS k FROM unnest(p_hours) h WHERE h IS NOT NULL ORDER BY 1) keys;
        INSERT INTO metrics_dirty_hours (kind, hour)
        SELECT DISTINCT p_kind, h FROM unnest(p_hours) h WHERE h IS NOT NULL ORDER BY 2
        ON CONFLICT DO NOTHING;
      END $$;

      CREATE FUNCTION metrics_responses_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('response', ARRAY(SELECT DISTINCT date_trunc('hour', created_at, 'UTC') FROM new_rows));
        -- A first answer changes its invitation's "answered".
        PERFORM metrics_mark_dirty('invitation', ARRAY(
          SELECT DISTINCT date_trunc('hour', i.sent_at, 'UTC') FROM new_rows n JOIN invitations i ON i.id = n.invitation_id WHERE i.sent_at IS NOT NULL));
        RETURN NULL;
      END $$;

      -- Only what a rollup reads: a comment edited or erased marks nothing.
      CREATE FUNCTION metrics_responses_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('response', ARRAY(
          SELECT date_trunc('hour', t, 'UTC') FROM (
            SELECT o.created_at AS a, n.created_at AS b FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.score, o.metric, o.survey_id, o.created_at, o.contact_channel, o.team, o.channel)
              IS DISTINCT FROM (n.score, n.metric, n.survey_id, n.created_at, n.contact_channel, n.team, n.channel)
          ) changed, LATERAL (VALUES (a), (b)) v(t)));
        RETURN NULL;
      END $$;

      CREATE FUNCTION metrics_responses_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('response', ARRAY(SELECT DISTINCT date_trunc('hour', created_at, 'UTC') FROM old_rows));
        PERFORM metrics_mark_dirty('invitation', ARRAY(
          SELECT DISTINCT date_trunc('hour', i.sent_at, 'UTC') FROM old_rows o JOIN invitations i ON i.id = o.invitation_id WHERE i.sent_at IS NOT NULL));
        RETURN NULL;
      END $$;

      CREATE FUNCTION metrics_invitations_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('invitation', ARRAY(SELECT DISTINCT date_trunc('hour', sent_at, 'UTC') FROM new_rows WHERE sent_at IS NOT NULL));
        RETURN NULL;
      END $$;

      -- Sending, failing and the dimensions matter; 'delivered', 'answered' and 'expired' change nothing counted.
      CREATE FUNCTION metrics_invitations_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('invitation', ARRAY(
          SELECT date_trunc('hour', t, 'UTC') FROM (
            SELECT o.sent_at AS a, n.sent_at AS b FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.sent_at, o.status IN ('failed', 'bounced'), o.survey_id, o.contact_channel, o.team, o.channel)
              IS DISTINCT FROM (n.sent_at, n.status IN ('failed', 'bounced'), n.survey_id, n.contact_channel, n.team, n.channel)
          ) changed, LATERAL (VALUES (a), (b)) v(t) WHERE t IS NOT NULL));
        RETURN NULL;
      END $$;

      CREATE FUNCTION metrics_invitations_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM metrics_mark_dirty('invitation', ARRAY(SELECT DISTINCT date_trunc('hour', sent_at, 'UTC') FROM old_rows WHERE sent_at IS NOT NULL));
        RETURN NULL;
      END $$;

      -- Statement triggers with transition tables: one mark per hour per statement, not per row.
      CREATE TRIGGER metrics_responses_inserted AFTER INSERT ON responses
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_responses_inserted();
      CREATE TRIGGER metrics_responses_updated AFTER UPDATE ON responses
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_responses_updated();
      CREATE TRIGGER metrics_responses_deleted AFTER DELETE ON responses
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_responses_deleted();
      CREATE TRIGGER metrics_invitations_inserted AFTER INSERT ON invitations
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_invitations_inserted();
      CREATE TRIGGER metrics_invitations_updated AFTER UPDATE ON invitations
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_invitations_updated();
      CREATE TRIGGER metrics_invitations_deleted AFTER DELETE ON invitations
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_invitations_deleted();

      -- What exists already is read raw until the job has rolled it up.
      INSERT INTO metrics_dirty_hours (kind, hour)
      SELECT DISTINCT 'response', date_trunc('hour', created_at, 'UTC') FROM responses
      UNION SELECT DISTINCT 'invitation', date_trunc('hour', sent_at, 'UTC') FROM invitations WHERE sent_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER metrics_responses_inserted ON responses;
      DROP TRIGGER metrics_responses_updated ON responses;
      DROP TRIGGER metrics_responses_deleted ON responses;
      DROP TRIGGER metrics_invitations_inserted ON invitations;
      DROP TRIGGER metrics_invitations_updated ON invitations;
      DROP TRIGGER metrics_invitations_deleted ON invitations;
      DROP FUNCTION metrics_responses_inserted(), metrics_responses_updated(), metrics_responses_deleted(),
        metrics_invitations_inserted(), metrics_invitations_updated(), metrics_invitations_deleted(),
        metrics_mark_dirty(text, timestamptz[]);
      DROP TABLE metrics_invitation_days, metrics_invitation_hours, metrics_response_days, metrics_response_hours, metrics_dirty_hours;
      DROP INDEX invitations_sent_idx;
      DROP INDEX responses_created_idx;
    `);
  }
}
