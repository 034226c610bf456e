import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../libs/auth/api-keys.service';
import { TestApi, startTestApi } from './api';
import { makeCustomer } from './factories/customers';
import { makeFeedbackItem } from './factories/feedback-items';

/**
 * An API key bound to a department reaches only what the department may see.
 * Walks every operation of the OpenAPI document with a logistics-bound key:
 * the operations opened with @AllowDepartmentKeys() (listed here, so opening
 * one more is a visible decision) work and are scoped; every other one,
 * present or added later, answers 403 before its handler runs and writes nothing.
 */
const OPEN_TO_DEPARTMENT_KEYS = [
  'GET /api/v1/feedback-items',
  'GET /api/v1/feedback-items/{id}',
  'PATCH /api/v1/feedback-items/{id}',
  'POST /api/v1/feedback-items/{id}/reroute',
  'POST /api/v1/feedback-items/{id}/replies',
  'GET /api/v1/themes',
  'GET /api/v1/themes/{key}',
  'GET /api/v1/themes/model',
  'POST /api/v1/themes/classify',
  'GET /api/v1/customers/{id}/timeline',
  'POST /api/v1/events',
].sort();

interface Operation {
  security?: unknown[];
}

describe('API keys bound to a department', () => {
  let api: TestApi;
  let db: DataSource;
  let boundKey: string;
  let operations: string[];

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    const [logistics] = await db.query(`SELECT id FROM departments WHERE key = 'logistics'`);
    boundKey = `Bearer ${(await api.app.get(ApiKeysService).create('logistics helpdesk', null, logistics.id)).key}`;
    const doc = (await request(api.app.getHttpServer()).get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  }, 60_000);
  afterAll(() => api?.close());

  /** What a client could send: ids of nothing (the guard answers before any look-up), an empty JSON body. */
  function send(operation: string, auth: string) {
    const [method, path] = operation.split(' ');
    const url = path.replace(/\{[^}]+\}/g, (p) => (p === '{key}' ? 'late_delivery' : randomUUID()));
    const server = api.app.getHttpServer();
    const req = request(server)[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url).set('Authorization', auth);
    return method === 'GET' || method === 'DELETE' ? req : req.send({});
  }

  /** Operations that take an API key at all (not the public survey pages, provider webhooks and /health). */
  const keyed = () => operations.filter((o) => o.includes(' /api/v1/'));

  it('the document lists every opened operation (none was renamed away)', () => {
    expect(keyed().length).toBeGreaterThan(40);
    for (const op of OPEN_TO_DEPARTMENT_KEYS) expect(keyed()).toContain(op);
  });

  it('answers 403 naming the reason on every other operation, and writes nothing', async () => {
    const before = await db.query(
      `SELECT (SELECT count(*) FROM surveys) s, (SELECT count(*) FROM webhook_endpoints) w, (SELECT count(*) FROM customers) c, (SELECT count(*) FROM themes) t`,
    );
    const wrong: string[] = [];
    const closed = keyed().filter((o) => !OPEN_TO_DEPARTMENT_KEYS.includes(o));
    expect(closed).toEqual(
      expect.arrayContaining([
        'POST /api/v1/surveys',
        'POST /api/v1/webhooks',
        'POST /api/v1/customers',
        'POST /api/v1/customers/import',
        'DELETE /api/v1/customers/{id}',
        'GET /api/v1/metrics',
        'GET /api/v1/responses/export.csv',
        'GET /api/v1/events',
        'POST /api/v1/feedback-items/reclassify',
        'PATCH /api/v1/themes/{key}',
        'POST /api/v1/themes/model/retrain',
      ]),
    );
    for (const op of closed) {
      const res = await send(op, boundKey);
      if (res.status !== 403 || res.body.code !== 'ACCESS_DENIED' || !/bound to a department/.test(res.body.message)) {
        wrong.push(`${op} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The reason names the route pattern, never the URL with the ids sent.
    const erase = await send('DELETE /api/v1/customers/{id}', boundKey);
    expect(erase.body.message).toEqual([expect.stringContaining('DELETE /api/v1/customers/:id needs a key that is not bound')]);
    expect(
      await db.query(
        `SELECT (SELECT count(*) FROM surveys) s, (SELECT count(*) FROM webhook_endpoints) w, (SELECT count(*) FROM customers) c, (SELECT count(*) FROM themes) t`,
      ),
    ).toEqual(before);
    // The same operations with an unbound key are not refused for that reason.
    for (const op of closed) {
      const res = await send(op, api.auth);
      if (res.status === 403) wrong.push(`unbound key: ${op} → 403`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('the opened operations work, scoped to the department', async () => {
    const server = api.app.getHttpServer();
    const mine = await makeFeedbackItem(api.app, { department: 'logistics' });
    const theirs = await makeFeedbackItem(api.app, { department: 'billing', customerId: mine.customerId });

    const list = await request(server).get('/api/v1/feedback-items?limit=100').set('Authorization', boundKey).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(mine.id);
    expect(list.body.items.every((i: { department: { key: string } }) => i.department.key === 'logistics')).toBe(true);
    await request(server).get(`/api/v1/feedback-items/${mine.id}`).set('Authorization', boundKey).expect(200);
    await request(server).get(`/api/v1/feedback-items/${theirs.id}`).set('Authorization', boundKey).expect(404);
    await request(server).patch(`/api/v1/feedback-items/${mine.id}`).set('Authorization', boundKey).send({ status: 'acknowledged' }).expect(200);
    await request(server).patch(`/api/v1/feedback-items/${theirs.id}`).set('Authorization', boundKey).send({ status: 'acknowledged' }).expect(404);

    await request(server).get('/api/v1/themes').set('Authorization', boundKey).expect(200);
    await request(server).get('/api/v1/themes/late_delivery').set('Authorization', boundKey).expect(200);
    await request(server).get('/api/v1/themes/model').set('Authorization', boundKey).expect(200);
    await request(server).post('/api/v1/themes/classify').set('Authorization', boundKey).send({ text: 'Kurier się spóźnił' }).expect(200);

    // The timeline shows the customer's own history, and of feedback items only the department's.
    const timeline = await request(server).get(`/api/v1/customers/${mine.customerId}/timeline?limit=100`).set('Authorization', boundKey).expect(200);
    const itemIds = JSON.stringify(timeline.body);
    expect(itemIds).toContain(mine.id);
    expect(itemIds).not.toContain(theirs.id);

    // A helpdesk of the department posts its contacts.
    const customer = await makeCustomer(api.app);
    const event = await request(server)
      .post('/api/v1/events')
      .set('Authorization', boundKey)
      .send({ type: 'contact', idempotencyKey: `dk-${randomUUID()}`, customerExternalId: customer.externalId, contactChannel: 'phone', occurredAt: new Date().toISOString() });
    expect(event.status).toBe(201);
    // …but does not read events back.
    await request(server).get(`/api/v1/events/${event.body.id}`).set('Authorization', boundKey).expect(403);
  });
});
