import { Logger } from '@nestjs/common';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';

describe('consent and GDPR', () => {
  let api: TestApi;
  let db: DataSource;
  const http = () => request(api.app.getHttpServer());
  const consentRows = (customerId: string) =>
    db.query(`SELECT channel, opted_out, source FROM consent_changes WHERE customer_id = $1 ORDER BY id`, [customerId]);

  // A stand-in for a module that stores scores: it keeps them but forgets the comment on erasure.
  // Its own section name, because the real `responses` contributor is registered by the API app.
  const scores = new Map<string, { score: number; comment: string | null }>();

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    api.app.get(PersonalDataRegistry).register({
      section: 'test_scores',
      export: async (customerId: string, manager: EntityManager) => {
        expect(manager).toBeInstanceOf(EntityManager);
        return scores.has(customerId) ? [scores.get(customerId)] : [];
      },
      erase: async (customerId: string) => {
        const s = scores.get(customerId);
        if (s) s.comment = null;
      },
    });
  });
  afterAll(() => api.close());

  describe('consent', () => {
    it('records each change of opt-out state with its source, and nothing for unchanged values', async () => {
      const created = await http()
        .post('/api/v1/customers')
        .set('Authorization', api.auth)
        .send({ externalId: 'consent-1', consent: { email: false, sms: true } })
        .expect(201);
      const id = created.body.id;
      expect(created.body.consent).toEqual({
        email: { optedOut: true, changedAt: expect.any(String) },
        sms: { optedOut: false, changedAt: null },
      });

      await http().post('/api/v1/customers').set('Authorization', api.auth).send({ externalId: 'consent-1', consent: { email: false, sms: true } }).expect(200);
      await http().patch(`/api/v1/customers/${id}`).set('Authorization', api.auth).send({ consent: { email: true } }).expect(200);
      await http()
        .post('/api/v1/customers/import')
        .set('Authorization', api.auth)
        .set('Content-Type', 'text/csv')
        .send('externalId,smsConsent\nconsent-1,no\n')
        .expect(200);

      expect(await consentRows(id)).toEqual([
        { channel: 'email', opted_out: true, source: 'api' },
        { channel: 'email', opted_out: false, source: 'api' },
        { channel: 'sms', opted_out: true, source: 'import' },
      ]);
      const res = await http().get(`/api/v1/customers/${id}`).set('Authorization', api.auth).expect(200);
      expect(res.body.consent).toEqual({
        email: { optedOut: false, changedAt: expect.any(String) },
        sms: { optedOut: true, changedAt: expect.any(String) },
      });
    });
  });

  describe('GET /api/v1/customers/:id/export', () => {
    it('returns the customer, the consent history and every registered section', async () => {
      const customer = await makeCustomer(api.app, { name: 'Export Me', attributes: { plan: 'pro' } });
      scores.set(customer.id, { score: 9, comment: 'szybka dostawa' });
      await http().patch(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).send({ consent: { sms: false } }).expect(200);

      const res = await http().get(`/api/v1/customers/${customer.id}/export`).set('Authorization', api.auth).expect(200);
      // Other modules add their own sections (events...); this test asserts the ones it knows.
      expect(res.body).toMatchObject({
        exportedAt: expect.any(String),
        customer: expect.objectContaining({ id: customer.id, name: 'Export Me', email: customer.email, phone: customer.phone, attributes: { plan: 'pro' } }),
        consentHistory: [{ channel: 'sms', optedOut: true, source: 'api', changedAt: expect.any(String) }],
        test_scores: [{ score: 9, comment: 'szybka dostawa' }],
      });
    });

    it('returns 404 for an unknown customer', async () => {
      await http().get('/api/v1/customers/00000000-0000-4000-8000-000000000000/export').set('Authorization', api.auth).expect(404);
    });
  });

  describe('DELETE /api/v1/customers/:id', () => {
    it('removes the personal data, keeps the row for statistics, and lets contributors erase theirs', async () => {
      const customer = await makeCustomer(api.app, { attributes: { plan: 'pro' }, emailOptedOut: true });
      scores.set(customer.id, { score: 3, comment: 'kurier był niemiły' });
      await http().patch(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).send({ consent: { sms: false } }).expect(200);

      const res = await http().delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);
      expect(res.body).toEqual({ id: customer.id, erasedAt: expect.any(String) });

      const rows = await db.query(`SELECT * FROM customers WHERE id = $1`, [customer.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        external_id: null,
        name: null,
        email: null,
        phone: null,
        attributes: {},
        email_opted_out_at: null,
        sms_opted_out_at: null,
        erased_at: expect.any(Date),
      });
      expect(JSON.stringify(rows[0])).not.toContain(customer.email!);
      expect(await consentRows(customer.id)).toEqual([]);
      expect(scores.get(customer.id)).toEqual({ score: 3, comment: null });
    });

    it('is idempotent: a second erase returns 200 with the first erasedAt', async () => {
      const customer = await makeCustomer(api.app);
      const first = await http().delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);
      const second = await http().delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);
      expect(second.body).toEqual(first.body);
    });

    it('answers 410 CUSTOMER_ERASED afterwards, hides the customer from lists, and frees the externalId', async () => {
      const customer = await makeCustomer(api.app, { externalId: 'erase-reuse' });
      await http().delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);

      const gone = await http().get(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(410);
      expect(gone.body.code).toBe('CUSTOMER_ERASED');
      await http().get(`/api/v1/customers/${customer.id}/export`).set('Authorization', api.auth).expect(410);
      await http().patch(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).send({ name: 'x' }).expect(410);
      const list = await http().get('/api/v1/customers').query({ limit: 500 }).set('Authorization', api.auth).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(customer.id);

      const again = await http().post('/api/v1/customers').set('Authorization', api.auth).send({ externalId: 'erase-reuse' }).expect(201);
      expect(again.body.id).not.toBe(customer.id);
    });

    it('erases nothing when a contributor fails', async () => {
      const customer = await makeCustomer(api.app, { name: 'Still Here' });
      const registry = api.app.get(PersonalDataRegistry);
      registry.register({
        section: 'failing',
        export: async () => null,
        erase: async (customerId: string) => {
          if (customerId === customer.id) throw new Error('disk full');
        },
      });
      // The filter logs the unexpected error with its stack; that is the expected outcome here, not noise to read.
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await http().delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(500);
      expect(logged).toHaveBeenCalled();
      logged.mockRestore();
      const [row] = await db.query(`SELECT name, erased_at FROM customers WHERE id = $1`, [customer.id]);
      expect(row).toEqual({ name: 'Still Here', erased_at: null });
    });

    it('returns 404 for an unknown customer', async () => {
      const res = await http().delete('/api/v1/customers/00000000-0000-4000-8000-000000000000').set('Authorization', api.auth).expect(404);
      expect(res.body.code).toBe('CUSTOMER_NOT_FOUND');
    });
  });
});
