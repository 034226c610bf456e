import request from 'supertest';
import { TestApi, startTestApi } from '../../test/api';

describe('events in GDPR export and erasure', () => {
  let api: TestApi;
  let customerId: string;
  let eventId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const http = () => request(api.app.getHttpServer());
    const customer = await http().post('/api/v1/customers').set('Authorization', api.auth).send({ externalId: 'gdpr-1', name: 'Anna Nowak' }).expect(201);
    customerId = customer.body.id;
    const event = await http()
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .send({
        type: 'contact',
        idempotencyKey: 'gdpr-k-1',
        customerExternalId: 'gdpr-1',
        contactChannel: 'chat',
        team: 'Czat',
        agent: 'Jan K.',
        caseId: 'Z-77',
        occurredAt: '2026-11-01T10:00:00Z',
        attributes: { orderNumber: 'ZAM-1234' },
      })
      .expect(201);
    eventId = event.body.id;
  });
  afterAll(() => api.close());

  it("puts the customer's events in the export's events section", async () => {
    const res = await request(api.app.getHttpServer()).get(`/api/v1/customers/${customerId}/export`).set('Authorization', api.auth).expect(200);
    expect(res.body.events).toEqual([
      expect.objectContaining({ id: eventId, type: 'contact', caseId: 'Z-77', contactChannel: 'chat', data: { attributes: { orderNumber: 'ZAM-1234' } } }),
    ]);
  });

  it('keeps channel, team, agent and times of erased customers\' events but drops the case id and data', async () => {
    await request(api.app.getHttpServer()).delete(`/api/v1/customers/${customerId}`).set('Authorization', api.auth).expect(200);
    const res = await request(api.app.getHttpServer()).get(`/api/v1/events/${eventId}`).set('Authorization', api.auth).expect(200);
    expect(res.body).toMatchObject({
      id: eventId,
      customerId,
      customerExternalId: null,
      contactChannel: 'chat',
      team: 'Czat',
      agent: 'Jan K.',
      occurredAt: '2026-11-01T10:00:00.000Z',
      caseId: null,
      data: {},
    });
  });

  it('no longer accepts events for the erased external id without customer details', async () => {
    const res = await request(api.app.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .send({ type: 'signup', idempotencyKey: 'gdpr-k-2', customerExternalId: 'gdpr-1', occurredAt: '2026-11-01T10:00:00Z' })
      .expect(422);
    expect(res.body.code).toBe('UNKNOWN_CUSTOMER');
  });
});
