import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CustomersService } from '@feedloop/customers/customers.service';
import { TestApi, startTestApi } from '../../test/api';

const EXAMPLE = {
  type: 'contact',
  idempotencyKey: 'k-1',
  customerExternalId: 'c-1',
  contactChannel: 'phone',
  team: 'Infolinia',
  agent: 'Jan K.',
  caseId: 'Z-77',
  occurredAt: '2026-11-01T10:00:00Z',
};

let api: TestApi;
let db: DataSource;
let seq = 0;

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  await api.app.get(CustomersService).upsertMany(
    [{ externalId: 'c-1', name: 'Anna Nowak', email: 'anna@example.com' }, { externalId: 'c-2' }],
    'api',
  );
});
afterAll(() => api.close());

const post = (body: unknown) => request(api.app.getHttpServer()).post('/api/v1/events').set('Authorization', api.auth).send(body as object);
const get = (path: string) => request(api.app.getHttpServer()).get(`/api/v1/events${path}`).set('Authorization', api.auth);
/** A valid contact event with a key of its own, so tests do not collide. */
const contact = (overrides: Record<string, unknown> = {}) => ({ ...EXAMPLE, idempotencyKey: `key-${++seq}`, ...overrides });
const rowsWithKey = async (key: string) => (await db.query('SELECT * FROM events WHERE idempotency_key = $1', [key])) as Array<Record<string, unknown>>;

describe('POST /api/v1/events with one event', () => {
  it('stores the documented contact event and returns it with its id (201)', async () => {
    const res = await post(EXAMPLE).expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'contact',
      idempotencyKey: 'k-1',
      customerId: expect.any(String),
      customerExternalId: 'c-1',
      occurredAt: '2026-11-01T10:00:00.000Z',
      receivedAt: expect.any(String),
      contactChannel: 'phone',
      team: 'Infolinia',
      agent: 'Jan K.',
      caseId: 'Z-77',
      data: {},
    });
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    const [row] = await rowsWithKey('k-1');
    expect(row).toMatchObject({ id: res.body.id, case_id: 'Z-77', api_key_id: expect.any(String) });
    // Queued for survey scheduling and early warning in the same transaction; churn cases take cancellations only.
    const queued = await db.query('SELECT consumer FROM event_consumer_pending WHERE event_id = $1 ORDER BY consumer', [res.body.id]);
    expect(queued).toEqual([{ consumer: 'churn_risk' }, { consumer: 'survey_scheduling' }]);
  });

  it('returns the first event with 200 and Idempotent-Replayed when the key is sent again, and stores nothing new', async () => {
    const first = await post(contact({ idempotencyKey: 'replay-1' })).expect(201);
    // Key order does not make a retry different.
    const again = await post(Object.fromEntries(Object.entries(contact({ idempotencyKey: 'replay-1' })).reverse())).expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await rowsWithKey('replay-1')).toHaveLength(1);
  });

  it('returns 409 naming idempotencyKey when the key is sent again with a different body, and stores nothing new', async () => {
    await post(contact({ idempotencyKey: 'replay-2' })).expect(201);
    const res = await post(contact({ idempotencyKey: 'replay-2', caseId: 'DIFFERENT', occurredAt: '2026-11-02T10:00:00Z' })).expect(409);
    expect(res.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey', message: ['idempotencyKey "replay-2" was already used for an event with a different body'] });
    const [row] = await rowsWithKey('replay-2');
    expect(row.case_id).toBe('Z-77');
  });

  it('stores one row when 20 identical requests race, and answers all of them with its id', async () => {
    // A listening server of its own: supertest would try to start the app's server once per request.
    const server = createServer(api.app.getHttpAdapter().getInstance()).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const body = contact({ idempotencyKey: 'race-1' });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => request(url).post('/api/v1/events').set('Authorization', api.auth).send(body)),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 200 && r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      const rows = await rowsWithKey('race-1');
      expect(rows).toHaveLength(1);
      expect(rows[0].id).toBe(responses[0].body.id);
    } finally {
      server.close();
    }
  });

  it('answers concurrent single events stored together each on its own: new, replayed or unknown customer', async () => {
    const server = createServer(api.app.getHttpAdapter().getInstance()).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await post(contact({ idempotencyKey: 'mixed-replayed' })).expect(201);
      const bodies = Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? contact({ idempotencyKey: `mixed-unknown-${i}`, customerExternalId: `nobody-${i}` })
          : i % 3 === 1
            ? contact({ idempotencyKey: 'mixed-replayed' })
            : contact({ idempotencyKey: `mixed-new-${i}`, customerExternalId: 'c-2' }),
      );
      const responses = await Promise.all(bodies.map((b) => request(url).post('/api/v1/events').set('Authorization', api.auth).send(b)));
      responses.forEach((res, i) => {
        if (i % 3 === 0) expect(res.body).toMatchObject({ statusCode: 422, field: 'customerExternalId' });
        else if (i % 3 === 1) expect(res.status).toBe(200);
        else expect(res.body).toMatchObject({ idempotencyKey: `mixed-new-${i}`, customerExternalId: 'c-2' });
      });
      expect(responses.filter((r, i) => i % 3 === 2 && r.status === 201)).toHaveLength(10);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM events WHERE idempotency_key LIKE 'mixed-%'`);
      expect(count).toBe(11);
    } finally {
      server.close();
    }
  });

  it('returns 422 UNKNOWN_CUSTOMER naming customerExternalId when no customer has that id', async () => {
    const res = await post(contact({ idempotencyKey: 'unknown-1', customerExternalId: 'nobody' })).expect(422);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_CUSTOMER', field: 'customerExternalId' });
    expect(res.body.message[0]).toMatch(/^customerExternalId "nobody"/);
    expect(res.body).not.toHaveProperty('stack');
    expect(await rowsWithKey('unknown-1')).toHaveLength(0);
  });

  it('creates the customer from `customer` details and stores the event for it', async () => {
    const res = await post(
      contact({ idempotencyKey: 'with-details-1', customerExternalId: 'new-1', customer: { name: 'Ewa Lis', email: 'ewa@example.com', locale: 'pl' } }),
    ).expect(201);
    const ids = await api.app.get(CustomersService).findIdsByExternalIds(['new-1']);
    expect(res.body).toMatchObject({ customerExternalId: 'new-1', customerId: ids.get('new-1') });
    const [customer] = await db.query('SELECT name, email, locale FROM customers WHERE external_id = $1', ['new-1']);
    expect(customer).toEqual({ name: 'Ewa Lis', email: 'ewa@example.com', locale: 'pl' });
  });

  it('leaves the customer untouched when a reused key carries other customer details (409)', async () => {
    await post(contact({ idempotencyKey: 'details-replay', customerExternalId: 'new-2', customer: { name: 'First' } })).expect(201);
    await post(contact({ idempotencyKey: 'details-replay', customerExternalId: 'new-2', customer: { name: 'First' } })).expect(200);
    await post(contact({ idempotencyKey: 'details-replay', customerExternalId: 'new-2', customer: { name: 'Second' } })).expect(409);
    const [customer] = await db.query('SELECT name FROM customers WHERE external_id = $1', ['new-2']);
    expect(customer.name).toBe('First');
  });

  it('returns 400 when customer.externalId differs from customerExternalId', async () => {
    const res = await post(contact({ customerExternalId: 'c-1', customer: { externalId: 'c-2' } })).expect(400);
    expect(res.body.message).toEqual(['customer.externalId must equal customerExternalId']);
  });

  it('returns 400 naming customer fields that break their rules', async () => {
    const res = await post(contact({ customerExternalId: 'new-3', customer: { email: 'not-an-email' } })).expect(400);
    expect(res.body.message).toContain('customer.email must be an email');
  });

  it('returns 400 naming "contactChannel" when a contact event has none', async () => {
    const { contactChannel: _omitted, ...body } = contact();
    const res = await post(body).expect(400);
    expect(res.body.message).toEqual(['contactChannel must be one of the following values: phone, email, chat, social, branch, app']);
  });

  it.each([
    ['is not a date', 'yesterday', 'occurredAt must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z'],
    ['has no offset', '2026-11-01T10:00:00', 'occurredAt must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z'],
    ['is not a calendar day', '2026-02-30T10:00:00Z', 'occurredAt must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z'],
    ['is more than 24 h ahead', new Date(Date.now() + 25 * 3600_000).toISOString(), 'occurredAt must not be more than 24 hours in the future'],
  ])('returns 400 naming "occurredAt" when it %s', async (_case, occurredAt, message) => {
    const res = await post(contact({ occurredAt })).expect(400);
    expect(res.body.message).toEqual([message]);
  });

  it('accepts occurredAt with a numeric offset and up to 24 h ahead', async () => {
    const soon = new Date(Date.now() + 23 * 3600_000).toISOString().replace('Z', '+00:00');
    await post(contact({ occurredAt: '2026-11-01T12:00:00+02:00' })).expect(201);
    await post(contact({ occurredAt: soon })).expect(201);
  });

  it('returns 400 naming "type" when it is not a known event type', async () => {
    const res = await post(contact({ type: 'purchase' })).expect(400);
    expect(res.body.message).toEqual(['type must be one of the following values: contact, signup, cancellation']);
  });

  it('returns 400 for a field that belongs to another event type', async () => {
    const res = await post({ type: 'signup', idempotencyKey: 'x-1', customerExternalId: 'c-1', occurredAt: EXAMPLE.occurredAt, contactChannel: 'phone' }).expect(400);
    expect(res.body.message).toEqual(['property contactChannel should not exist']);
  });

  it('returns 400 naming idempotencyKey when it is empty or longer than 200 characters', async () => {
    expect((await post(contact({ idempotencyKey: '' })).expect(400)).body.message).toEqual([
      'idempotencyKey must be longer than or equal to 1 characters',
    ]);
    expect((await post(contact({ idempotencyKey: 'k'.repeat(201) })).expect(400)).body.message).toEqual([
      'idempotencyKey must be shorter than or equal to 200 characters',
    ]);
  });

  it('returns 415 for a body that is not JSON, and 400 for JSON that is neither an object nor an array', async () => {
    const res = await request(api.app.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .set('Content-Type', 'text/plain')
      .send('hello')
      .expect(415);
    expect(res.body.message).toEqual(['content-type must be application/json']);
    await post('"hello"').set('Content-Type', 'application/json').expect(400);
  });

  it('stores signup and cancellation details in data', async () => {
    const signup = await post({ type: 'signup', idempotencyKey: 's-1', customerExternalId: 'c-2', occurredAt: EXAMPLE.occurredAt, plan: 'pro' }).expect(201);
    expect(signup.body).toMatchObject({ type: 'signup', contactChannel: null, data: { plan: 'pro' } });
    const cancellation = await post({
      type: 'cancellation',
      idempotencyKey: 'x-2',
      customerExternalId: 'c-2',
      occurredAt: EXAMPLE.occurredAt,
      reason: 'too expensive',
      effectiveAt: '2026-12-31T23:59:59+01:00',
      attributes: { source: 'crm', score: 3 },
    }).expect(201);
    expect(cancellation.body.data).toEqual({
      reason: 'too expensive',
      effectiveAt: '2026-12-31T23:59:59+01:00',
      attributes: { source: 'crm', score: 3 },
    });
  });
});

describe('POST /api/v1/events with an array', () => {
  it('stores the good items, rejects the bad ones and a key repeated with another body, and reports repeated keys as duplicates', async () => {
    const existing = await post(contact({ idempotencyKey: 'batch-existing' })).expect(201);
    const res = await post([
      contact({ idempotencyKey: 'batch-1' }),
      contact({ idempotencyKey: 'batch-2', contactChannel: 'fax' }),
      contact({ idempotencyKey: 'batch-1', caseId: 'again' }),
      contact({ idempotencyKey: 'batch-existing' }),
      contact({ idempotencyKey: 'batch-3', customerExternalId: 'nobody' }),
      'not an event',
      { type: 'signup', idempotencyKey: 'batch-4', customerExternalId: 'c-2', occurredAt: EXAMPLE.occurredAt },
      contact({ idempotencyKey: 'batch-1' }),
      contact({ idempotencyKey: 'batch-existing', caseId: 'other' }),
    ]).expect(200);

    expect(res.body).toMatchObject({ created: 2, duplicates: 2, rejected: 5 });
    const [r0, r1, r2, r3, r4, r5, r6, r7, r8] = res.body.results;
    expect(r0).toEqual({ index: 0, status: 'created', id: expect.any(String) });
    expect(r1).toEqual({ index: 1, status: 'rejected', errors: ['contactChannel must be one of the following values: phone, email, chat, social, branch, app'] });
    expect(r2).toEqual({ index: 2, status: 'rejected', errors: ['idempotencyKey "batch-1" was already used for an event with a different body'] });
    expect(r3).toEqual({ index: 3, status: 'duplicate', id: existing.body.id });
    expect(r4).toMatchObject({ index: 4, status: 'rejected', errors: [expect.stringMatching(/^customerExternalId "nobody"/)] });
    expect(r5).toEqual({ index: 5, status: 'rejected', errors: ['event must be an object'] });
    expect(r6).toEqual({ index: 6, status: 'created', id: expect.any(String) });
    expect(r7).toEqual({ index: 7, status: 'duplicate', id: r0.id });
    expect(r8).toEqual({ index: 8, status: 'rejected', errors: ['idempotencyKey "batch-existing" was already used for an event with a different body'] });

    const stored = await db.query(`SELECT id, case_id FROM events WHERE idempotency_key IN ('batch-1', 'batch-2', 'batch-3', 'batch-4') ORDER BY idempotency_key`);
    expect(stored).toEqual([
      { id: r0.id, case_id: 'Z-77' },
      { id: r6.id, case_id: null },
    ]);
  });

  it('answers a repeated batch with the first ids as duplicates', async () => {
    const batch = [contact(), contact(), contact()];
    const first = await post(batch).expect(200);
    const again = await post(batch).expect(200);
    expect(again.body).toMatchObject({ created: 0, duplicates: 3, rejected: 0 });
    expect(again.body.results.map((r: { id: string }) => r.id)).toEqual(first.body.results.map((r: { id: string }) => r.id));
  });

  it('creates customers from the details items carry', async () => {
    const res = await post([
      contact({ customerExternalId: 'batch-c-1', customer: { name: 'Old name' } }),
      contact({ customerExternalId: 'batch-c-1', customer: { name: 'New name' } }),
      contact({ customerExternalId: 'batch-c-1' }),
      contact({ customerExternalId: 'batch-c-2', customer: { externalId: 'batch-c-2', phone: '+48 601 234 567' } }),
    ]).expect(200);
    expect(res.body).toMatchObject({ created: 4, rejected: 0 });
    const customers = await db.query(`SELECT external_id, name, phone FROM customers WHERE external_id LIKE 'batch-c-%' ORDER BY external_id`);
    expect(customers).toEqual([
      { external_id: 'batch-c-1', name: 'New name', phone: null },
      { external_id: 'batch-c-2', name: null, phone: '+48601234567' },
    ]);
  });

  it('stores a batch of 1000 in one request', async () => {
    const res = await post(Array.from({ length: 1000 }, () => contact())).expect(200);
    expect(res.body).toMatchObject({ created: 1000, duplicates: 0, rejected: 0 });
  });

  it('returns 400 for more than 1000 items and stores none of them', async () => {
    const items = Array.from({ length: 1001 }, () => contact());
    const res = await post(items).expect(400);
    expect(res.body.message).toEqual(['events must contain at most 1000 items']);
    expect(await rowsWithKey(items[0].idempotencyKey)).toHaveLength(0);
  });

  it('returns 400 for an empty array', async () => {
    const res = await post([]).expect(400);
    expect(res.body.message).toEqual(['events must contain at least 1 item']);
  });
});

/** Keys of a page, sorted: events stored in one batch share receivedAt and come in id order. */
const keysOf = (res: { body: { items: Array<{ idempotencyKey: string }> } }) => res.body.items.map((e) => e.idempotencyKey).sort();

describe('GET /api/v1/events', () => {
  const occurred = ['2025-01-01T08:00:00Z', '2025-01-02T08:00:00Z', '2025-01-03T08:00:00Z', '2025-01-04T08:00:00Z', '2025-01-05T08:00:00Z'];

  beforeAll(async () => {
    const odd = (i: number) => i % 2 === 1;
    await post(
      occurred.map((occurredAt, i) =>
        contact({ idempotencyKey: `list-${i}`, customerExternalId: 'c-2', occurredAt, team: odd(i) ? 'Chat' : 'Infolinia', contactChannel: odd(i) ? 'chat' : 'phone' }),
      ),
    ).expect(200);
  });

  it('filters by customer, team, channel and occurredAt', async () => {
    const byCustomer = await get('?customerExternalId=c-2&type=contact&from=2025-01-01T00:00:00Z&to=2025-01-06T00:00:00Z').expect(200);
    expect(keysOf(byCustomer)).toEqual(['list-0', 'list-1', 'list-2', 'list-3', 'list-4']);

    const chat = await get('?team=Chat&contactChannel=chat&from=2025-01-01T00:00:00Z&to=2025-01-06T00:00:00Z').expect(200);
    expect(keysOf(chat)).toEqual(['list-1', 'list-3']);

    const window = await get('?from=2025-01-02T08:00:00Z&to=2025-01-04T08:00:00Z').expect(200);
    expect(keysOf(window)).toEqual(['list-1', 'list-2']);

    const customerId = byCustomer.body.items[0].customerId;
    const byId = await get(`?customerId=${customerId}&from=2025-01-01T00:00:00Z&to=2025-01-06T00:00:00Z`).expect(200);
    expect(byId.body.items).toHaveLength(5);

    expect((await get('?customerExternalId=nobody').expect(200)).body).toEqual({ items: [], nextCursor: null });
  });

  it('pages through events stored in one transaction (same receivedAt) without skipping or repeating', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?customerExternalId=c-2&from=2025-01-01T00:00:00Z&to=2025-01-06T00:00:00Z&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...keysOf(res));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['list-0', 'list-1', 'list-2', 'list-3', 'list-4']);
  });

  it('pages through events received within the same millisecond without repeating any', async () => {
    const keys = ['ms-1', 'ms-2', 'ms-3'];
    await post(keys.map((idempotencyKey) => contact({ idempotencyKey, customerExternalId: 'c-1', team: 'Microseconds' }))).expect(200);
    // Separate requests rarely land in one millisecond on their own; set the times the way a busy server would store them.
    await db.query(
      `UPDATE events SET received_at = '2030-01-01T00:00:00.123Z'::timestamptz + (substr(idempotency_key, 4)::int * interval '1 microsecond')
       WHERE idempotency_key = ANY($1)`,
      [keys],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await get(`?team=Microseconds&limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...keysOf(res));
      cursor = res.body.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(keys);
  });

  it('returns 400 naming the query parameter that is invalid', async () => {
    expect((await get('?limit=501').expect(400)).body.message).toEqual(['limit must not be greater than 500']);
    expect((await get('?contactChannel=fax').expect(400)).body.message).toEqual([
      'contactChannel must be one of the following values: phone, email, chat, social, branch, app',
    ]);
    expect((await get('?cursor=garbage').expect(400)).body.message).toEqual(['cursor must be a cursor returned by a previous page']);
  });

  it('returns one event by id, 404 EVENT_NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    const created = await post(contact()).expect(201);
    expect((await get(`/${created.body.id}`).expect(200)).body).toEqual(created.body);
    const missing = await get('/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('EVENT_NOT_FOUND');
    expect((await get('/not-a-uuid').expect(400)).body.message).toEqual(['id must be a UUID']);
  });
});

describe('OpenAPI document', () => {
  it('documents the POST body as one of the three event types or an array of them', async () => {
    const res = await request(api.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const body = res.body.paths['/api/v1/events'].post.requestBody.content['application/json'].schema;
    expect(body.oneOf.map((s: { $ref?: string; type?: string }) => s.$ref ?? s.type)).toEqual([
      '#/components/schemas/ContactEventDto',
      '#/components/schemas/SignupEventDto',
      '#/components/schemas/CancellationEventDto',
      'array',
    ]);
    expect(res.body.components.schemas.ContactEventDto.properties.type.enum).toEqual(['contact']);
    expect(res.body.components.schemas.ContactEventDto.required).toEqual(expect.arrayContaining(['idempotencyKey', 'contactChannel', 'occurredAt']));
  });
});
