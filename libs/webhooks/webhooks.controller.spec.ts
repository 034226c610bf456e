import { createHmac } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { LoopbackWebhookReceiver } from '../../test/loopback-webhook-receiver';

let api: TestApi;
let receiver: LoopbackWebhookReceiver;
beforeAll(async () => {
  api = await startTestApi();
  receiver = await LoopbackWebhookReceiver.start();
});
afterAll(async () => {
  await receiver.close();
  await api.close();
});

const http = () => request(api.app.getHttpServer());
const send = (method: 'post' | 'patch' | 'get' | 'delete', path: string, body?: unknown) => {
  const req = http()[method](`/api/v1/webhooks${path}`).set('Authorization', api.auth);
  return body === undefined ? req : req.send(body as object);
};
const VALID = { url: 'https://crm.example.com/hooks/feedloop', events: ['response.created', 'response.detractor'], description: 'CRM' };
const created = async (overrides: Record<string, unknown> = {}) =>
  (await send('post', '', { ...VALID, ...overrides }).expect(201)).body as { id: string; secret: string } & Record<string, unknown>;

describe('POST /api/v1/webhooks', () => {
  it('creates an endpoint and shows its signing secret once (201)', async () => {
    const res = await send('post', '', VALID).expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: VALID.url,
      description: 'CRM',
      events: VALID.events,
      status: 'active',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      secretHint: res.body.secret.slice(-4),
      secretRotatedAt: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const got = await send('get', `/${res.body.id}`).expect(200);
    expect(got.body).not.toHaveProperty('secret');
    expect(JSON.stringify((await send('get', '').expect(200)).body)).not.toContain(res.body.secret);
  });

  it.each([
    ['ftp://files.example.com/drop', 'url must be an http or https URL'],
    ['javascript:alert(1)', 'url must be an http or https URL'],
    ['not a url', 'url must be an http or https URL'],
    ['https://', 'url must be an http or https URL'],
  ])('answers 400 naming "url" for %s', async (url, message) => {
    const res = await send('post', '', { ...VALID, url }).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('answers 400 naming "events" for an unknown, repeated or missing event', async () => {
    const unknown = await send('post', '', { ...VALID, events: ['response.created', 'response.deleted'] }).expect(400);
    expect(unknown.body.message).toContain(
      'events must contain only: response.created, response.detractor, feedback_item.created, feedback_item.resolved, churn_case.opened, churn_case.closed',
    );
    const twice = await send('post', '', { ...VALID, events: ['response.created', 'response.created'] }).expect(400);
    expect(twice.body.message).toContain('events must not contain the same value twice');
    expect((await send('post', '', { ...VALID, events: [] }).expect(400)).body.message).toContain('events should not be empty');
    expect((await send('post', '', { url: VALID.url }).expect(400)).body.message).toContain('events must be an array');
  });

  it('answers 400 for an unknown field or status, and stores nothing', async () => {
    const db = api.app.get(DataSource);
    const before = await db.query(`SELECT count(*)::int AS n FROM webhook_endpoints`);
    expect((await send('post', '', { ...VALID, secret: 'mine' }).expect(400)).body.message).toContain('property secret should not exist');
    expect((await send('post', '', { ...VALID, status: 'deleted' }).expect(400)).body.message).toContain(
      'status must be one of the following values: active, paused',
    );
    expect(await db.query(`SELECT count(*)::int AS n FROM webhook_endpoints`)).toEqual(before);
  });

  it('needs an API key', async () => {
    await http().post('/api/v1/webhooks').send(VALID).expect(401);
    await http().get('/api/v1/webhooks').expect(401);
  });
});

describe('PATCH, rotate-secret and DELETE /api/v1/webhooks/:id', () => {
  it('pauses, resumes and changes an endpoint; keeps omitted fields', async () => {
    const { id } = await created();
    const paused = await send('patch', `/${id}`, { status: 'paused' }).expect(200);
    expect(paused.body).toMatchObject({ status: 'paused', url: VALID.url, events: VALID.events, description: 'CRM' });
    const changed = await send('patch', `/${id}`, { status: 'active', events: ['response.detractor'], url: 'http://10.0.0.5:8080/in' }).expect(200);
    expect(changed.body).toMatchObject({ status: 'active', events: ['response.detractor'], url: 'http://10.0.0.5:8080/in' });
    expect((await send('patch', `/${id}`, { url: 'mailto:ops@example.com' }).expect(400)).body.message).toContain('url must be an http or https URL');
    expect((await send('get', `/${id}`).expect(200)).body.url).toBe('http://10.0.0.5:8080/in');
  });

  it('rotates the secret: a new one is shown once and the hint follows it', async () => {
    const { id, secret } = await created();
    const res = await send('post', `/${id}/rotate-secret`).expect(200);
    expect(res.body.secret).toMatch(/^whsec_/);
    expect(res.body.secret).not.toBe(secret);
    expect(res.body.secretHint).toBe(res.body.secret.slice(-4));
  });

  it('deletes an endpoint (204), after which it is 404', async () => {
    const { id } = await created();
    await send('delete', `/${id}`).expect(204);
    expect((await send('get', `/${id}`).expect(404)).body).toMatchObject({ code: 'WEBHOOK_NOT_FOUND' });
    await send('delete', `/${id}`).expect(404);
    await send('patch', `/${id}`, { status: 'paused' }).expect(404);
    await send('post', `/${id}/rotate-secret`).expect(404);
  });

  it('answers 400 naming "id" for an id that is no UUID', async () => {
    expect((await send('get', '/abc').expect(400)).body.message).toContain('id must be a UUID');
  });
});

describe('POST /api/v1/webhooks/:id/ping and GET .../deliveries', () => {
  it('sends a signed ping at once and answers with the attempt; the delivery log lists it', async () => {
    const { id, secret } = await created({ url: receiver.url, events: ['response.created'], status: 'paused' });
    const res = await send('post', `/${id}/ping`).expect(200);
    expect(res.body).toMatchObject({
      endpointId: id,
      eventType: 'ping',
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 204,
      attemptLog: [{ attempt: 1, statusCode: 204, error: null, durationMs: expect.any(Number), attemptedAt: expect.any(String) }],
    });
    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    expect(JSON.parse(hit.rawBody)).toEqual({ id: res.body.id, type: 'ping', occurredAt: expect.any(String), endpoint: { id } });
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(hit.headers['feedloop-signature']))!;
    expect(createHmac('sha256', secret).update(`${t}.${hit.rawBody}`).digest('hex')).toBe(v1);

    const log = await send('get', `/${id}/deliveries`).expect(200);
    expect(log.body).toEqual({ items: [expect.objectContaining({ id: res.body.id, status: 'succeeded' })], nextCursor: null });
  });

  it('reports a failing receiver in the ping answer and schedules a retry', async () => {
    receiver.answer = () => 500;
    try {
      const { id } = await created({ url: receiver.url });
      const res = await send('post', `/${id}/ping`).expect(200);
      expect(res.body).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500: receiver says 500', nextAttemptAt: expect.any(String) });
    } finally {
      receiver.answer = () => 204;
    }
  });

  it('pages the delivery log newest first with a cursor', async () => {
    const { id } = await created({ url: receiver.url });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await send('post', `/${id}/ping`).expect(200)).body.id);
    const first = await send('get', `/${id}/deliveries?limit=2`).expect(200);
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    const second = await send('get', `/${id}/deliveries?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect((await send('get', `/${id}/deliveries?limit=0`).expect(400)).body.message).toContain('limit must not be less than 1');
  });
});

it('keeps the SMS provider webhooks outside /api/v1', async () => {
  // Unsigned, so refused, but routed: 403 from the signature guard rather than 404.
  await http().post('/webhooks/sms/inbound').type('form').send({ From: '+48600000000', Body: '5' }).expect(403);
  await http().post('/api/v1/webhooks/sms/inbound').set('Authorization', api.auth).type('form').send({}).expect(404);
});
