import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
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

  beforeAll(async () => {
    api = await startTestApi(env);
    second = await startSecondApi(api.db, env);
  });
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

  it('counts neither unauthenticated requests nor public pages against a key', async () => {
    for (let i = 0; i < PER_KEY + 2; i++) await next().get('/api/v1/surveys').set('Authorization', 'Bearer fl_nope').expect(401);
    await next().get('/health').expect(200);
  });
});

describe('TRUST_PROXY', () => {
  async function answersFrom(env: Record<string, string>, send: (r: request.Test) => request.Test) {
    const api = await startTestApi({ SURVEY_RATE_LIMIT_PER_IP: '2', ...env });
    try {
      const paths: string[] = [];
      for (let i = 0; i < 3; i++) {
        const customer = await makeCustomer(api.app);
        paths.push(`/s/${(await makeInvitation(api.app, customer.id, { channel: 'email' })).token}`);
      }
      // Three answers, each claiming another client address.
      const statuses: number[] = [];
      for (const [i, path] of paths.entries()) statuses.push((await send(request(api.app.getHttpServer()).get(`${path}?score=3`).set('X-Forwarded-For', `203.0.113.${i + 1}`))).status);
      return statuses;
    } finally {
      await api.close();
    }
  }

  it('ignores X-Forwarded-For by default: every request counts for the peer address', async () => {
    expect(await answersFrom({}, (r) => r)).toEqual([200, 200, 429]);
  });

  it('uses X-Forwarded-For from a trusted proxy (loopback, or one hop)', async () => {
    expect(await answersFrom({ TRUST_PROXY: 'loopback' }, (r) => r)).toEqual([200, 200, 200]);
    expect(await answersFrom({ TRUST_PROXY: '1' }, (r) => r)).toEqual([200, 200, 200]);
  });

  it('ignores X-Forwarded-For from a proxy that is not on the list', async () => {
    expect(await answersFrom({ TRUST_PROXY: '10.0.0.0/8' }, (r) => r)).toEqual([200, 200, 429]);
  });
});

describe('HSTS on the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => api.close());

  it('is sent only when the request came over https', async () => {
    const plain = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const https = await request(api.app.getHttpServer()).get('/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
