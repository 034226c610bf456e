import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { LoopbackWebhookReceiver } from '../../test/loopback-webhook-receiver';

/**
 * Webhooks to internal addresses with the operator's default settings
 * (OUTBOUND_ALLOW_PRIVATE off): refused when saved, and refused again when
 * delivered if the URL got past the first check (saved before the guard, or
 * a name whose DNS answer changed), without a connection being opened.
 */
let api: TestApi;
let receiver: LoopbackWebhookReceiver;
beforeAll(async () => {
  api = await startTestApi({ OUTBOUND_ALLOW_PRIVATE: 'false' });
  receiver = await LoopbackWebhookReceiver.start();
});
afterAll(async () => {
  await receiver.close();
  await api.close();
});

const http = () => request(api.app.getHttpServer());
const EVENTS = ['response.created'];

describe('POST /api/v1/webhooks to internal addresses', () => {
  const port = () => new URL(receiver.url).port;

  it.each([
    () => receiver.url,
    () => `http://2130706433:${port()}/`,
    () => `http://0x7f.1:${port()}/`,
    () => `http://017700000001:${port()}/`,
    () => `http://[::1]:${port()}/`,
    () => `http://[::ffff:127.0.0.1]:${port()}/`,
    () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    () => 'http://10.0.0.1/',
    () => 'http://0.0.0.0:54329/',
    () => `http://localhost:${port()}/`,
    () => 'http://localhost./',
    () => 'http://metadata.google.internal/',
  ])('answers 400 naming "url" (case %#)', async (url) => {
    const res = await http().post('/api/v1/webhooks').set('Authorization', api.auth).send({ url: url(), events: EVENTS }).expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/url must/);
  });

  it('refuses an update to an internal address, keeping the public one', async () => {
    const created = await http().post('/api/v1/webhooks').set('Authorization', api.auth).send({ url: 'https://crm.example.com/hooks', events: EVENTS }).expect(201);
    const res = await http().patch(`/api/v1/webhooks/${created.body.id}`).set('Authorization', api.auth).send({ url: 'http://127.0.0.1:5432/' }).expect(400);
    expect(res.body).toMatchObject({ field: 'url', message: ['url must point to a public address: 127.0.0.1 is a loopback address (an operator can allow it with OUTBOUND_ALLOWED_HOSTS or OUTBOUND_ALLOW_PRIVATE)'] });
    const got = await http().get(`/api/v1/webhooks/${created.body.id}`).set('Authorization', api.auth).expect(200);
    expect(got.body.url).toBe('https://crm.example.com/hooks');
  });
});

describe('delivery to a URL that leads to an internal address', () => {
  /** An endpoint whose stored URL was saved when it still led elsewhere (DNS changed, or stored before this guard). */
  async function endpointAt(url: string): Promise<string> {
    const created = await http().post('/api/v1/webhooks').set('Authorization', api.auth).send({ url: 'https://crm.example.com/hooks', events: EVENTS }).expect(201);
    await api.app.get(DataSource).query('UPDATE webhook_endpoints SET url = $2 WHERE id = $1', [created.body.id, url]);
    return created.body.id;
  }

  it.each([
    ['a name resolving to 127.0.0.1', (p: string) => `http://localhost:${p}/hooks/feedloop`, /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
    ['a loopback literal', (p: string) => `http://127.0.0.1:${p}/hooks/feedloop`, /^refused: 127\.0\.0\.1, a loopback address/],
    ['an IPv4-mapped loopback literal', (p: string) => `http://[::ffff:127.0.0.1]:${p}/hooks/feedloop`, /^refused: ::ffff:7f00:1, a loopback address/],
  ])('fails the ping to %s with a clear error and never connects', async (_what, url, error) => {
    const id = await endpointAt(url(new URL(receiver.url).port));
    const connections: number[] = [];
    const server = (receiver as unknown as { server: import('node:net').Server }).server;
    const count = () => connections.push(Date.now());
    server.on('connection', count);
    try {
      const res = await http().post(`/api/v1/webhooks/${id}/ping`).set('Authorization', api.auth).expect(200);
      expect(res.body).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null, lastError: expect.stringMatching(error) });
      expect(res.body.lastError).toContain('not contacted');
    } finally {
      server.off('connection', count);
    }
    expect(receiver.received).toEqual([]);
    expect(connections).toEqual([]);
  });
});
