import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { TestApi, startSecondApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';

const PER_TOKEN = 4;
const PER_IP = 6;
const PER_KEY = 10;

/**
 * Two API processes on one database, as behind a load balancer: a limit
 * holds across both (a client alternating between them gets it once, not
 * twice). Both trust a proxy on loopback, so X-Forwarded-For names the client.
 */
describe('limits shared by two API processes', () => {
  let api: TestApi;
  let second: NestExpressApplication;
  const env = {
    SURVEY_RATE_LIMIT_PER_TOKEN: String(PER_TOKEN),
    SURVEY_RATE_LIMIT_PER_IP: String(PER_IP),
    API_RATE_LIMIT_PER_MINUTE: String(PER_KEY),
    TRUST_PROXY: 'loopback',
  };

  // Two Nest apps start here, slowly when the suite shares the machine's cores.
  beforeAll(async () => {
    api = await startTestApi(env);
    second = await startSecondApi(api.db, env);
  }, 90_000);
  afterAll(async () => {
    await second.close();
    await api.close();
  });

  /** The two processes in turn, as a round-robin balancer hands them requests. */
  let turn = 0;
  const next = () => request((turn++ % 2 === 0 ? api.app : second).getHttpServer());
  let addresses = 0;
  const freshIp = () => `198.51.100.${++addresses}`;

  async function invited() {
    const customer = await makeCustomer(api.app);
    const invitation = await makeInvitation(api.app, customer.id, { channel: 'email', locale: 'en' });
    return `/s/${invitation.token}`;
  }

  it(`takes ${PER_TOKEN} answers per invitation across both, then 429 with Retry-After`, async () => {
    const path = await invited();
    for (let score = 1; score <= PER_TOKEN; score++) await next().get(`${path}?score=${score}`).set('X-Forwarded-For', freshIp()).expect(200);
    for (const app of [api.app, second]) {
      const refused = await request(app.getHttpServer()).get(`${path}?score=5`).set('X-Forwarded-For', freshIp()).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  });

  it(`takes ${PER_IP} answers per client address across both, then 429 with Retry-After`, async () => {
    const ip = freshIp();
    const paths = await Promise.all(Array.from({ length: PER_IP + 1 }, () => invited()));
    for (const path of paths.slice(0, PER_IP)) await next().get(`${path}?score=3`).set('X-Forwarded-For', ip).expect(200);
    const refused = await next().get(`${paths[PER_IP]}?score=3`).set('X-Forwarded-For', ip).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await next().get(`${paths[PER_IP]}?score=3`).set('X-Forwarded-For', freshIp()).expect(200);
  });

  it(`gives an API key ${PER_KEY} requests a minute across both, then 429 with Retry-After; other keys go on`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PER_KEY + 4; i++) statuses.push((await next().get('/api/v1/surveys').set('Authorization', api.auth)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PER_KEY);
    expect(statuses.slice(PER_KEY)).toEqual([429, 429, 429, 429]);

    const refused = await request(second.getHttpServer()).get('/api/v1/surveys').set('Authorization', api.auth).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.message[0]).toMatch(/rate limit of 10 requests per minute/);

    const { key } = await api.app.get(ApiKeysService).create('other');
    await next().get('/api/v1/surveys').set('Authorization', `Bearer ${key}`).expect(200);
  });

  it('sends HSTS only when the request came over https', async () => {
    const plain = await next().get('/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const https = await next().get('/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('counts neither unauthenticated requests nor public pages against a key', async () => {
    for (let i = 0; i < PER_KEY + 2; i++) await next().get('/api/v1/surveys').set('Authorization', 'Bearer fl_nope').expect(401);
    await next().get('/health').expect(200);
  });
});

describe('TRUST_PROXY', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  }, 60_000);
  afterAll(() => api.close());

  /** Statuses of three answers, each claiming another client address, on an app with `env` (limit: 2 per address). */
  async function answersFrom(env: Record<string, string>) {
    const app = await startSecondApi(api.db, { SURVEY_RATE_LIMIT_PER_IP: '2', ...env });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const customer = await makeCustomer(api.app);
        const path = `/s/${(await makeInvitation(api.app, customer.id, { channel: 'email' })).token}`;
        statuses.push((await request(app.getHttpServer()).get(`${path}?score=3`).set('X-Forwarded-For', `203.0.113.${++claimed}`)).status);
      }
      // Each app counts the peer (127.0.0.1) afresh: the rows of the app before are forgotten.
      await api.app.get(DataSource).query(`DELETE FROM rate_limits`);
      return statuses;
    } finally {
      await app.close();
    }
  }
  let claimed = 0;

  it('ignores X-Forwarded-For by default: every request counts for the peer address', async () => {
    expect(await answersFrom({})).toEqual([200, 200, 429]);
  }, 60_000);

  it('uses X-Forwarded-For from a trusted proxy', async () => {
    expect(await answersFrom({ TRUST_PROXY: 'loopback' })).toEqual([200, 200, 200]);
  }, 60_000);

  it('ignores X-Forwarded-For from a proxy that is not on the list', async () => {
    expect(await answersFrom({ TRUST_PROXY: '10.0.0.0/8' })).toEqual([200, 200, 429]);
  }, 60_000);
});
