import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';

const EXAMPLE = {
  externalId: 'c-1',
  name: 'Anna Nowak',
  email: 'anna@example.com',
  phone: '+48 601 234 567',
  locale: 'pl',
  timeZone: 'Europe/Warsaw',
};

describe('customers API', () => {
  let api: TestApi;
  let http: ReturnType<typeof request>;
  const post = (path: string) => http.post(path).set('Authorization', api.auth);
  const get = (path: string) => http.get(path).set('Authorization', api.auth);
  const patch = (path: string) => http.patch(path).set('Authorization', api.auth);

  beforeAll(async () => {
    api = await startTestApi();
    http = request(api.app.getHttpServer());
  });
  afterAll(() => api.close());

  describe('POST /api/v1/customers', () => {
    it('creates the customer from the example body and returns it with its id and an E.164 phone', async () => {
      const res = await post('/api/v1/customers').send(EXAMPLE).expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        externalId: 'c-1',
        name: 'Anna Nowak',
        email: 'anna@example.com',
        phone: '+48601234567',
        locale: 'pl',
        timeZone: 'Europe/Warsaw',
        attributes: {},
        consent: { email: { optedOut: false, changedAt: null }, sms: { optedOut: false, changedAt: null } },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('returns 201 when the externalId is new, then 200 with the same id when it is posted again', async () => {
      const first = await post('/api/v1/customers').send({ externalId: 'upsert-1', name: 'Jan' }).expect(201);
      const second = await post('/api/v1/customers').send({ externalId: 'upsert-1', name: 'Jan Kowalski' }).expect(200);
      expect(second.body.id).toBe(first.body.id);
      expect(second.body.name).toBe('Jan Kowalski');
    });

    it('keeps stored fields that an update omits, and clears a field sent as null', async () => {
      await post('/api/v1/customers')
        .send({ externalId: 'keep-1', name: 'Ola', email: 'Ola@Example.com ', phone: '601 234 568', locale: 'en', attributes: { plan: 'pro' } })
        .expect(201);
      const res = await post('/api/v1/customers').send({ externalId: 'keep-1', phone: null }).expect(200);
      expect(res.body).toMatchObject({ name: 'Ola', email: 'ola@example.com', phone: null, locale: 'en', attributes: { plan: 'pro' } });
    });

    it('applies the default locale and time zone to a customer created without them', async () => {
      const res = await post('/api/v1/customers').send({ externalId: 'defaults-1' }).expect(201);
      expect(res.body).toMatchObject({ locale: 'en', timeZone: 'Europe/Warsaw', name: null, email: null, phone: null });
    });

    it('reads a national number with the default region', async () => {
      const res = await post('/api/v1/customers').send({ externalId: 'national-1', phone: '601-234-569' }).expect(201);
      expect(res.body.phone).toBe('+48601234569');
    });

    it.each([
      ['phone', { phone: '12345' }, 'phone must be a valid phone number'],
      ['locale', { locale: 'de' }, 'locale must be one of the following values: pl, en'],
      ['locale', { locale: null }, 'locale must be one of the following values: pl, en'],
      ['email', { email: 'not-an-email' }, 'email must be an email'],
      ['timeZone', { timeZone: 'Mars/Olympus' }, 'timeZone must be an IANA time zone such as Europe/Warsaw'],
      ['name', { name: 'x'.repeat(201) }, 'name must be shorter than or equal to 200 characters'],
      ['attributes', { attributes: { 'bad-key': 1 } }, 'attributes key "bad-key"'],
      ['attributes', { attributes: { plan: { nested: true } } }, 'attributes.plan must be a string of at most 500 characters'],
      ['attributes', { attributes: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }, 'attributes must have at most 50 keys'],
      ['consent.email', { consent: { email: 'no' } }, 'consent.email must be a boolean value'],
      ['unknown properties', { vip: true }, 'property vip should not exist'],
    ])('returns 400 naming "%s" when it breaks its rule', async (_field, body, message) => {
      const res = await post('/api/v1/customers').send({ externalId: 'invalid-1', ...body }).expect(400);
      expect(res.body.message.some((m: string) => m.startsWith(message))).toBe(true);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
    });

    it('returns 400 naming "externalId" when it is missing or empty', async () => {
      const missing = await post('/api/v1/customers').send({ name: 'No Id' }).expect(400);
      expect(missing.body.message).toContain('externalId must be a string');
      const empty = await post('/api/v1/customers').send({ externalId: '' }).expect(400);
      expect(empty.body.message).toContain('externalId must be longer than or equal to 1 characters');
    });

    it('writes nothing when the body is rejected', async () => {
      await post('/api/v1/customers').send({ externalId: 'never-stored', phone: 'nope' }).expect(400);
      const rows = await api.app.get(DataSource).query(`SELECT 1 FROM customers WHERE external_id = 'never-stored'`);
      expect(rows).toHaveLength(0);
    });

    it('returns 401 without an API key', async () => {
      await http.post('/api/v1/customers').send(EXAMPLE).expect(401);
      await http.get('/api/v1/customers').expect(401);
    });
  });

  describe('GET /api/v1/customers/:id', () => {
    it('returns the customer', async () => {
      const customer = await makeCustomer(api.app, { attributes: { plan: 'pro' } });
      const res = await get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(res.body).toMatchObject({ id: customer.id, externalId: customer.externalId, phone: customer.phone, attributes: { plan: 'pro' } });
    });

    it('returns 404 CUSTOMER_NOT_FOUND for an unknown id', async () => {
      const res = await get('/api/v1/customers/00000000-0000-4000-8000-000000000000').expect(404);
      expect(res.body.code).toBe('CUSTOMER_NOT_FOUND');
    });

    it('returns 400 naming "id" when it is not a uuid', async () => {
      const res = await get('/api/v1/customers/abc').expect(400);
      expect(res.body.message).toEqual(['id must be a UUID']);
    });
  });

  describe('PATCH /api/v1/customers/:id', () => {
    it('changes only the given fields', async () => {
      const customer = await makeCustomer(api.app, { name: 'Before', attributes: { plan: 'basic' } });
      const res = await patch(`/api/v1/customers/${customer.id}`).send({ name: 'After', timeZone: 'Europe/London' }).expect(200);
      expect(res.body).toMatchObject({ name: 'After', timeZone: 'Europe/London', email: customer.email, attributes: { plan: 'basic' } });
    });

    it('returns 400 naming "phone" when it is not a phone number', async () => {
      const customer = await makeCustomer(api.app);
      const res = await patch(`/api/v1/customers/${customer.id}`).send({ phone: 'call me' }).expect(400);
      expect(res.body.message).toEqual(['phone must be a valid phone number']);
    });

    it('returns 409 when the new externalId belongs to another customer', async () => {
      const a = await makeCustomer(api.app);
      const b = await makeCustomer(api.app);
      const res = await patch(`/api/v1/customers/${b.id}`).send({ externalId: a.externalId }).expect(409);
      expect(res.body).toMatchObject({ code: 'CUSTOMER_EXTERNAL_ID_TAKEN', field: 'externalId' });
    });

    it('returns 404 for an unknown id', async () => {
      await patch('/api/v1/customers/00000000-0000-4000-8000-000000000000').send({ name: 'x' }).expect(404);
    });
  });

  describe('GET /api/v1/customers', () => {
    let ids: string[];
    beforeAll(async () => {
      ids = [];
      for (let i = 0; i < 5; i++) {
        const c = await makeCustomer(api.app, {
          externalId: `list-${i}`,
          name: i === 2 ? 'Zofia Wiśniewska' : `List ${i}`,
          email: `list-${i}@shop.example`,
          locale: i % 2 ? 'en' : 'pl',
          attributes: { segment: 'listed', plan: i < 2 ? 'pro' : 'basic', seats: i },
        });
        ids.push(c.id);
      }
    });

    it('pages through customers oldest first with nextCursor until it is null', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await get('/api/v1/customers')
          .query({ attribute: 'segment:listed', limit: 2, ...(cursor ? { cursor } : {}) })
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      // created_at has millisecond precision: customers made within one millisecond are in id order.
      const order = await api.app.get(DataSource).query(`SELECT id FROM customers WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`, [ids]);
      expect(seen).toEqual(order.map((r: { id: string }) => r.id));
      expect([...seen].sort()).toEqual([...ids].sort());
    });

    it('pages through customers of the same creation time one by one, in id order', async () => {
      const same: string[] = [];
      for (let i = 0; i < 3; i++) same.push((await makeCustomer(api.app, { attributes: { segment: 'same-time' } })).id);
      await api.app.get(DataSource).query(`UPDATE customers SET created_at = '2026-01-01T10:00:00.123Z' WHERE id = ANY($1::uuid[])`, [same]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await get('/api/v1/customers').query({ attribute: 'segment:same-time', limit: 1, ...(cursor ? { cursor } : {}) }).expect(200);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual([...same].sort());
    });

    it('filters by locale, email, phone in another format, q and several attributes', async () => {
      const byLocale = await get('/api/v1/customers').query({ attribute: 'segment:listed', locale: 'en' }).expect(200);
      expect(byLocale.body.items.map((c: { externalId: string }) => c.externalId)).toEqual(['list-1', 'list-3']);

      const byEmail = await get('/api/v1/customers').query({ email: 'LIST-4@shop.example' }).expect(200);
      expect(byEmail.body.items.map((c: { id: string }) => c.id)).toEqual([ids[4]]);

      const phoneCustomer = await makeCustomer(api.app, { phone: '+48601999888' });
      const byPhone = await get('/api/v1/customers').query({ phone: '601 999 888' }).expect(200);
      expect(byPhone.body.items.map((c: { id: string }) => c.id)).toEqual([phoneCustomer.id]);

      const byQ = await get('/api/v1/customers').query({ q: 'wiŚniew' }).expect(200);
      expect(byQ.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2]]);

      const byAttributes = await get('/api/v1/customers?attribute=segment:listed&attribute=plan:pro&attribute=seats:1').expect(200);
      expect(byAttributes.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);

      const byExternalId = await get('/api/v1/customers').query({ externalId: 'list-3' }).expect(200);
      expect(byExternalId.body.items.map((c: { id: string }) => c.id)).toEqual([ids[3]]);
    });

    it('filters by creation time', async () => {
      const future = await get('/api/v1/customers').query({ createdAfter: new Date(Date.now() + 60_000).toISOString() }).expect(200);
      expect(future.body).toEqual({ items: [], nextCursor: null });
      const past = await get('/api/v1/customers').query({ createdBefore: '2000-01-01T00:00:00Z' }).expect(200);
      expect(past.body.items).toEqual([]);
    });

    it.each([
      [{ limit: '501' }, 'limit must not be greater than 500'],
      [{ locale: 'de' }, 'locale must be one of the following values: pl, en'],
      [{ cursor: 'garbage' }, 'cursor must be a cursor returned by a previous page'],
      [{ phone: 'abc' }, 'phone must be a valid phone number'],
      [{ attribute: 'no-colon' }, 'each value in attribute must be key:value with a valid attribute key'],
      [{ createdAfter: 'yesterday' }, 'createdAfter must be a valid ISO 8601 date string'],
    ])('returns 400 naming the parameter for %j', async (query, message) => {
      const res = await get('/api/v1/customers').query(query).expect(400);
      expect(res.body.message).toContain(message);
    });
  });

  describe('GET /api/docs/openapi.json', () => {
    it('documents the customers routes and their body fields', async () => {
      const res = await http.get('/api/docs/openapi.json').expect(200);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/v1/customers', '/api/v1/customers/import', '/api/v1/customers/{id}', '/api/v1/customers/{id}/export']),
      );
      expect(res.body.paths['/api/v1/customers'].post.tags).toEqual(['customers']);
      expect(Object.keys(res.body.components.schemas.UpsertCustomerDto.properties)).toEqual(
        expect.arrayContaining(['externalId', 'name', 'email', 'phone', 'locale', 'timeZone', 'attributes', 'consent']),
      );
    });
  });
});
