import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events with more than one consumer. `events.processed_at` recorded that
 * survey scheduling had acted on an event, so nothing else could react to
 * events. Now each consumer has a queue of its own: `event_consumer_pending`
 * holds one row per (consumer, event) not yet handled, written by a statement
 * trigger in the same transaction as the events (whatever inserts them: the
 * API's statements, a batch, a script), and deleted by the consumer in the
 * transaction that acts on the event. So:
 * - workers of one consumer drain side by side with FOR UPDATE SKIP LOCKED on
 *   its rows, as they did on events, and a crash rolls the deletion back;
 * - one slow or failing consumer holds up no other one;
 * - the queue is only what is left to do (empty when consumers keep up), so a
 *   claim costs the same whatever the history, where a "not yet seen by me"
 *   anti-join over events would grow with it; and a cursor on (received_at,
 *   id) would skip events whose transaction committed after a later one's.
 * A consumer may name the event types it wants (NULL: all), so churn cases
 * queue cancellations only. A consumer starts with the events received after
 * it was registered: a new one must not act on history (churn cases for every
 * cancellation of past years would e-mail people who left long ago).
 * Survey scheduling's unprocessed events become its queue.
 */
export class CreateEventConsumers1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_consumers (
        name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{1,62}$'),
        -- NULL: every type.
        event_types text[],
        registered_at timestamptz NOT NULL DEFAULT now()
      );

      -- No foreign keys: each would cost an index probe per row on the ingestion path, and events are never deleted.
      CREATE TABLE event_consumer_pending (
        consumer text NOT NULL,
        received_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        PRIMARY KEY (consumer, received_at, event_id)
      );

      CREATE FUNCTION events_enqueue_for_consumers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO event_consumer_pending (consumer, received_at, event_id)
        SELECT c.name, n.received_at, n.id
        FROM new_events n JOIN event_consumers c ON c.event_types IS NULL OR n.type = ANY (c.event_types);
        RETURN NULL;
      END
      $$;

      -- Per statement, not per row: a batch of 1,000 events is one INSERT … SELECT, not 1,000 function calls.
      CREATE TRIGGER events_enqueue_for_consumers AFTER INSERT ON events
        REFERENCING NEW TABLE AS new_events
        FOR EACH STATEMENT EXECUTE FUNCTION events_enqueue_for_consumers();

      INSERT INTO event_consumers (name, event_types) VALUES ('survey_scheduling', NULL), ('churn_cases', '{cancellation}');

      INSERT INTO event_consumer_pending (consumer, received_at, event_id)
      SELECT 'survey_scheduling', received_at, id FROM events WHERE processed_at IS NULL;

      DROP INDEX events_unprocessed_idx;
      ALTER TABLE events DROP COLUMN processed_at;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE events ADD COLUMN processed_at timestamptz;
      UPDATE events e SET processed_at = now()
      WHERE NOT EXISTS (SELECT 1 FROM event_consumer_pending p WHERE p.consumer = 'survey_scheduling' AND p.event_id = e.id);
      CREATE INDEX events_unprocessed_idx ON events (received_at, id) WHERE processed_at IS NULL;
      DROP TRIGGER events_enqueue_for_consumers ON events;
      DROP FUNCTION events_enqueue_for_consumers();
      DROP TABLE event_consumer_pending;
      DROP TABLE event_consumers;
    `);
  }
}
