import { createHmac, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { RecordResponseInput, ResponsesService } from '@feedloop/responses/responses.service';
import { makeCustomer } from '../../test/factories/customers';
import { InvitationRow, Metric, makeInvitation } from '../../test/factories/invitations';
import { LoopbackWebhookReceiver, ReceivedWebhook } from '../../test/loopback-webhook-receiver';
import { TestServices, startTestServices } from '../../test/services';
import { WebhookEventType } from './webhook-events';
import { WebhooksService } from './webhooks.service';

const RETRY_BASE_SECONDS = 0.5;
const MAX_ATTEMPTS = 3;

/**
 * What a receiver does with Feedloop-Signature, written here from the
 * documented format with node:crypto alone: t and v1 from the header, a
 * 5-minute replay window, HMAC-SHA256 over "<t>.<raw body>" with the secret.
 */
function verifySignature(received: ReceivedWebhook, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const header = String(received.headers['feedloop-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > 300 || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return false;
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${parts.t}.`).update(Buffer.from(received.rawBody, 'utf8')).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}

describe('webhook delivery', () => {
  let services: TestServices;
  let db: DataSource;
  let responses: ResponsesService;
  let webhooks: WebhooksService;
  let receiver: LoopbackWebhookReceiver;

  beforeAll(async () => {
    services = await startTestServices([ResponsesModule], {
      WORKERS: 'on',
      WEBHOOK_RETRY_BASE_SECONDS: String(RETRY_BASE_SECONDS),
      WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    });
    db = services.dataSource;
    responses = services.module.get(ResponsesService);
    webhooks = services.module.get(WebhooksService);
  });
  afterAll(() => services.close());

  beforeEach(async () => {
    receiver = await LoopbackWebhookReceiver.start();
  });
  afterEach(async () => {
    // Endpoints of earlier tests would otherwise receive the later tests' events.
    for (const e of await webhooks.list()) await webhooks.remove(e.id);
    await receiver.close();
  });

  async function endpoint(events: WebhookEventType[] = ['response.created', 'response.detractor']) {
    return webhooks.create({ url: receiver.url, events, description: 'test receiver' });
  }

  async function invited(metric: Metric, dimensions: { contactChannel?: string; team?: string } = {}): Promise<InvitationRow> {
    const customer = await makeCustomer(db);
    const inv = await makeInvitation(db, customer.id, { metric, channel: 'email' });
    await db.query(`UPDATE invitations SET contact_channel = $2, team = $3 WHERE id = $1`, [inv.id, dimensions.contactChannel ?? null, dimensions.team ?? null]);
    return inv;
  }

  const answer = (inv: InvitationRow, metric: Metric, score: number, comment: string | null = null): RecordResponseInput => ({
    invitationId: inv.id,
    surveyId: inv.surveyId,
    customerId: inv.customerId,
    metric,
    score,
    comment,
    source: 'email_link',
  });

  const deliveriesOf = (responseId: string) =>
    db.query(`SELECT event_type AS type, status, attempts FROM webhook_deliveries WHERE payload::jsonb #>> '{response,id}' = $1 ORDER BY event_type`, [
      responseId,
    ]);

  /** Lets queued jobs run, for assertions that something did NOT arrive. */
  const settle = () => new Promise((r) => setTimeout(r, 2500));

  it('delivers response.created for a recorded response, signed so the receiver can verify it', async () => {
    const { secret } = await endpoint();
    const inv = await invited('csat', { contactChannel: 'phone', team: 'Zespół B' });
    const [customer] = await db.query(`SELECT external_id FROM customers WHERE id = $1`, [inv.customerId]);
    const { responseId } = await responses.record(answer(inv, 'csat', 4, 'Szybko i miło — dziękuję'));

    await receiver.until(() => receiver.received.length >= 1);
    const [hit] = receiver.received;
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['feedloop-event']).toBe('response.created');
    expect(verifySignature(hit, secret)).toBe(true);
    expect(verifySignature(hit, `${secret}x`)).toBe(false);
    expect(verifySignature({ ...hit, rawBody: hit.rawBody.replace('"score":4', '"score":5') }, secret)).toBe(false);
    // A captured request replayed after the window fails even with its valid signature.
    expect(verifySignature(hit, secret, Math.floor(Date.now() / 1000) + 301)).toBe(false);

    const body = JSON.parse(hit.rawBody);
    expect(body).toEqual({
      id: hit.headers['feedloop-delivery'],
      type: 'response.created',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      response: {
        id: responseId,
        invitationId: inv.id,
        surveyId: inv.surveyId,
        metric: 'csat',
        score: 4,
        comment: 'Szybko i miło — dziękuję',
        source: 'email_link',
        channel: 'email',
        contactChannel: 'phone',
        team: 'Zespół B',
        customer: { id: inv.customerId, externalId: customer.external_id },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
    await settle();
    expect(receiver.received).toHaveLength(1);
    expect(await deliveriesOf(responseId)).toEqual([{ type: 'response.created', status: 'succeeded', attempts: 1 }]);
    const [attempt] = await db.query(`SELECT attempt, status_code, error FROM webhook_attempts WHERE delivery_id = $1`, [body.id]);
    expect(attempt).toEqual({ attempt: 1, status_code: 204, error: null });
  });

  it('also delivers response.detractor for NPS 3 and CSAT 2, each with its own event id', async () => {
    const { secret } = await endpoint();
    const nps = await responses.record(answer(await invited('nps'), 'nps', 3));
    const csat = await responses.record(answer(await invited('csat'), 'csat', 2));

    await receiver.until(() => receiver.received.length >= 4);
    const byResponse = (id: string) =>
      receiver
        .events()
        .filter((e) => e.response.id === id)
        .map((e) => e.type)
        .sort();
    expect(byResponse(nps.responseId)).toEqual(['response.created', 'response.detractor']);
    expect(byResponse(csat.responseId)).toEqual(['response.created', 'response.detractor']);
    expect(receiver.received.every((r) => verifySignature(r, secret))).toBe(true);
    expect(receiver.received.every((r) => r.headers['feedloop-event'] === JSON.parse(r.rawBody).type)).toBe(true);
    expect(new Set(receiver.events().map((e) => e.id)).size).toBe(4);
  });

  it('sends no detractor event for CSAT 3, NPS 7 or any CES score', async () => {
    await endpoint();
    await responses.record(answer(await invited('csat'), 'csat', 3));
    await responses.record(answer(await invited('nps'), 'nps', 7));
    await responses.record(answer(await invited('ces'), 'ces', 1));
    await receiver.until(() => receiver.received.length >= 3);
    await settle();
    expect(receiver.events().map((e) => e.type)).toEqual(['response.created', 'response.created', 'response.created']);
  });

  it('sends response.detractor once when a change turns 9 into 4, not again while it stays a detractor', async () => {
    await endpoint(['response.detractor']);
    const inv = await invited('nps');
    const { responseId } = await responses.record(answer(inv, 'nps', 9));
    await responses.record(answer(inv, 'nps', 4, 'jednak nie'));
    await responses.record(answer(inv, 'nps', 3, 'coraz gorzej'));

    await receiver.until(() => receiver.received.length >= 1);
    await settle();
    expect(receiver.events()).toEqual([expect.objectContaining({ type: 'response.detractor', response: expect.objectContaining({ id: responseId, score: 4 }) })]);
    expect(await deliveriesOf(responseId)).toEqual([{ type: 'response.detractor', status: 'succeeded', attempts: 1 }]);
  });

  it('retries a receiver that answers 500, then resets the connection, with growing pauses, and logs every attempt', async () => {
    const { secret } = await endpoint(['response.created']);
    receiver.answer = (i) => (i === 0 ? 500 : i === 1 ? 'reset' : 200);
    const { responseId } = await responses.record(answer(await invited('csat'), 'csat', 5));

    await receiver.until(() => receiver.received.length >= 3, 20_000);
    await settle();
    expect(receiver.received).toHaveLength(3);
    // The same event each time: same body and delivery id, freshly signed.
    expect(new Set(receiver.received.map((r) => r.rawBody)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers['feedloop-delivery'])).size).toBe(1);
    expect(receiver.received.map((r) => r.headers['feedloop-attempt'])).toEqual(['1', '2', '3']);
    expect(receiver.received.every((r) => verifySignature(r, secret))).toBe(true);

    expect(await deliveriesOf(responseId)).toEqual([{ type: 'response.created', status: 'succeeded', attempts: 3 }]);
    const attempts: Array<{ attempt: number; status_code: number | null; error: string | null; duration_ms: number; attempted_at: Date }> = await db.query(
      `SELECT a.attempt, a.status_code, a.error, a.duration_ms, a.attempted_at FROM webhook_attempts a
       JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.payload::jsonb #>> '{response,id}' = $1 ORDER BY a.attempt`,
      [responseId],
    );
    expect(attempts.map((a) => [a.attempt, a.status_code])).toEqual([
      [1, 500],
      [2, null],
      [3, 200],
    ]);
    expect(attempts[0].error).toBe('HTTP 500: receiver says 500');
    expect(attempts[1].error).toMatch(/socket hang up|ECONNRESET/);
    expect(attempts[2].error).toBeNull();
    expect(attempts.every((a) => a.duration_ms >= 0)).toBe(true);
    // Backoff: base after the 1st failure, 3 × base after the 2nd (jitter only adds).
    const gap = (i: number) => receiver.received[i].receivedAt - receiver.received[i - 1].receivedAt;
    expect(gap(1)).toBeGreaterThanOrEqual(RETRY_BASE_SECONDS * 1000);
    expect(gap(2)).toBeGreaterThanOrEqual(3 * RETRY_BASE_SECONDS * 1000);
    expect(attempts[2].attempted_at.getTime() - attempts[1].attempted_at.getTime()).toBeGreaterThanOrEqual(3 * RETRY_BASE_SECONDS * 1000);
  });

  it('gives a delivery up as failed after WEBHOOK_MAX_ATTEMPTS and schedules nothing more', async () => {
    await endpoint(['response.created']);
    receiver.answer = () => 503;
    const { responseId } = await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= MAX_ATTEMPTS, 20_000);
    await settle();
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
    const [delivery] = await db.query(
      `SELECT id, status, attempts, next_attempt_at, last_status_code FROM webhook_deliveries WHERE payload::jsonb #>> '{response,id}' = $1`,
      [responseId],
    );
    expect(delivery).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, next_attempt_at: null, last_status_code: 503 });
    const waiting = await db.query(`SELECT 1 FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = $1 AND state < 'active'`, [delivery.id]);
    expect(waiting).toEqual([]);
  });

  it('does not follow a redirect: a 302 is a failed attempt', async () => {
    await endpoint(['response.created']);
    receiver.answer = (i) => (i === 0 ? 302 : 204);
    await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= 2, 20_000);
    const [first] = await db.query(`SELECT status_code, error FROM webhook_attempts ORDER BY id DESC LIMIT 2`).then((rows) => rows.reverse());
    expect(first).toEqual({ status_code: 302, error: 'HTTP 302: receiver says 302' });
  });

  it('enqueues nothing when the response write rolls back', async () => {
    await endpoint();
    const inv = await invited('nps');
    // Fails the transaction at COMMIT, after the response, its deliveries and their jobs were written.
    await db.query(`
      CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused by test'; END $$;
      CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON responses DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit();
    `);
    const jobsBefore = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhooks.deliver'`);
    try {
      await expect(responses.record(answer(inv, 'nps', 2))).rejects.toThrow(/commit refused by test/);
    } finally {
      await db.query(`DROP TRIGGER test_fail_commit ON responses; DROP FUNCTION test_fail_commit();`);
    }
    expect(await db.query(`SELECT 1 FROM responses WHERE invitation_id = $1`, [inv.id])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM webhook_deliveries`)).toEqual([]);
    expect(await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhooks.deliver'`)).toEqual(jobsBefore);
    await settle();
    expect(receiver.received).toEqual([]);

    // The same answer once the write succeeds is delivered normally.
    await responses.record(answer(inv, 'nps', 2));
    await receiver.until(() => receiver.received.length >= 2);
  });

  it('sends nothing to a paused endpoint, and drops a retry that comes due while it is paused', async () => {
    const { endpoint: paused } = await webhooks.create({ url: receiver.url, events: ['response.created'], status: 'paused' });
    await responses.record(answer(await invited('csat'), 'csat', 5));
    await settle();
    expect(receiver.received).toEqual([]);
    expect(await db.query(`SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1`, [paused.id])).toEqual([]);

    await webhooks.update(paused.id, { status: 'active' });
    receiver.answer = () => 500;
    const { responseId } = await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= 1);
    await webhooks.update(paused.id, { status: 'paused' });
    await settle();
    expect(receiver.received).toHaveLength(1);
    expect(await db.query(`SELECT status, attempts, last_error FROM webhook_deliveries WHERE payload::jsonb #>> '{response,id}' = $1`, [responseId])).toEqual([
      { status: 'cancelled', attempts: 1, last_error: 'endpoint paused' },
    ]);
  });

  it('drops a delivery whose endpoint is deleted while an attempt is in flight, without failing the job', async () => {
    const { endpoint: ep } = await endpoint(['response.created']);
    receiver.answer = () => 500;
    receiver.delayMs = 1000;
    await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= 1);
    const [{ id: deliveryId }] = await db.query(`SELECT id FROM webhook_deliveries WHERE endpoint_id = $1`, [ep.id]);
    await webhooks.remove(ep.id);
    await settle();
    expect(receiver.received).toHaveLength(1);
    expect(await db.query(`SELECT 1 FROM webhook_attempts WHERE delivery_id = $1`, [deliveryId])).toEqual([]);
    const jobs = await db.query(`SELECT state, data FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = $1`, [deliveryId]);
    expect(jobs).toEqual([{ state: 'completed', data: { deliveryId, attempt: 1 } }]);
  });

  it('signs with the new secret after a rotation, including retries of earlier events', async () => {
    const { endpoint: ep, secret: old } = await endpoint(['response.created']);
    receiver.answer = (i) => (i === 0 ? 500 : 204);
    await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= 1);
    const { secret: rotated } = await webhooks.rotateSecret(ep.id);
    expect(rotated).not.toBe(old);
    await receiver.until(() => receiver.received.length >= 2);
    expect(verifySignature(receiver.received[0], old)).toBe(true);
    expect(verifySignature(receiver.received[1], rotated)).toBe(true);
    expect(verifySignature(receiver.received[1], old)).toBe(false);
  });

  it('keeps the signing secret encrypted at rest, never in the delivery log', async () => {
    const { endpoint: ep, secret } = await endpoint(['response.created']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.query(`SELECT secret_ciphertext, secret_hint FROM webhook_endpoints WHERE id = $1`, [ep.id]);
    expect(row.secret_ciphertext.includes(Buffer.from(secret))).toBe(false);
    expect(row.secret_ciphertext.includes(Buffer.from(secret.slice(6)))).toBe(false);
    expect(row.secret_hint).toBe(secret.slice(-4));
    await responses.record(answer(await invited('csat'), 'csat', 5));
    await receiver.until(() => receiver.received.length >= 1);
    const logged = JSON.stringify(await db.query(`SELECT d.*, a.* FROM webhook_deliveries d LEFT JOIN webhook_attempts a ON a.delivery_id = d.id`));
    expect(logged).not.toContain(secret.slice(6, 20));
  });

  it('clears stored bodies and drops pending retries when the customer is erased', async () => {
    await endpoint(['response.created']);
    receiver.answer = () => 500;
    const inv = await invited('csat');
    await responses.record(answer(inv, 'csat', 1, 'mój komentarz'));
    await receiver.until(() => receiver.received.length >= 1);
    await services.module.get(CustomerPrivacyService).erase(inv.customerId);
    expect(await db.query(`SELECT payload, status FROM webhook_deliveries WHERE customer_id = $1`, [inv.customerId])).toEqual([
      { payload: null, status: 'cancelled' },
    ]);
    await settle();
    expect(receiver.received).toHaveLength(1);
  });
});
