import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Early warning (libs/churn-risk) becomes a consumer of events, `churn_risk`,
 * with its own queue (see 1765200000000-create-event-consumers). Its sweep
 * found events by received_at from where it last looked, less five minutes:
 * an event whose transaction committed later than that (a long batch, a
 * stalled connection) was never seen, and one inside the overlap was seen
 * twice. Every type: a contact, a signup and a cancellation each change what
 * the rules read. The events the sweep had not reached yet are queued here,
 * so the change of method skips none.
 */
export class RegisterChurnRiskEventConsumer1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO event_consumers (name, event_types) VALUES ('churn_risk', NULL);
      INSERT INTO event_consumer_pending (consumer, received_at, event_id)
      SELECT 'churn_risk', e.received_at, e.id FROM events e
      WHERE e.received_at > coalesce((SELECT swept_until - interval '5 minutes' FROM churn_risk_sweep_state WHERE id = 1), now() - interval '60 days');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM event_consumer_pending WHERE consumer = 'churn_risk';
      DELETE FROM event_consumers WHERE name = 'churn_risk';
    `);
  }
}
