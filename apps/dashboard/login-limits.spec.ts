import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { TestDashboard, startSecondDashboard, startTestDashboard } from '../../test/dashboard';
import { TEST_PASSWORD } from '../../test/factories/users';

const PER_IP = 6;

/**
 * The per-address login limit with two dashboard processes on one database:
 * a guesser alternating between them gets PER_IP failures in all, then 429
 * with Retry-After, while the account's owner signs in from their own address.
 */
describe('login limit per client address, shared by two dashboard processes', () => {
  let d: TestDashboard;
  let second: NestExpressApplication;
  const env = { LOGIN_RATE_LIMIT_PER_IP: String(PER_IP), LOGIN_RATE_LIMIT_WINDOW_MINUTES: '15', LOGIN_MAX_ATTEMPTS: '100', TRUST_PROXY: 'loopback' };

  beforeAll(async () => {
    d = await startTestDashboard(env);
    second = await startSecondDashboard(d.db, env);
  }, 90_000);
  afterAll(async () => {
    await second.close();
    await d.close();
  });

  /** A browser behind `ip`, on one of the two processes. */
  async function attempt(app: NestExpressApplication, ip: string, email: string, password: string) {
    const agent = request.agent(app.getHttpServer());
    const form = await agent.get('/login').set('X-Forwarded-For', ip).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    return agent.post('/login').set('X-Forwarded-For', ip).type('form').send({ _csrf: token, email, password });
  }

  it(`answers 429 with Retry-After after ${PER_IP} failures from one address across both, whatever e-mails were tried`, async () => {
    const victim = await d.makeUser();
    const attacker = '203.0.113.50';
    for (let i = 0; i < PER_IP; i++) {
      const res = await attempt(i % 2 ? second : d.app, attacker, i % 3 ? victim.email : `nobody-${i}@example.com`, 'guess-' + i);
      expect(res.status).toBe(401);
    }
    for (const app of [d.app, second]) {
      const refused = await attempt(app, attacker, victim.email, TEST_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(refused.text).toContain('Too many failed sign-ins from your network');
    }
    // The real user, from their own address, is not held back by the attacker's guesses.
    const owner = await attempt(second, '198.51.100.77', victim.email, TEST_PASSWORD);
    expect(owner.status).toBe(303);
  });

  it('counts only failures: staff signing in successfully from one office address are never refused', async () => {
    const office = '198.51.100.200';
    const user = await d.makeUser();
    for (let i = 0; i < PER_IP * 2; i++) expect((await attempt(i % 2 ? second : d.app, office, user.email, TEST_PASSWORD)).status).toBe(303);
    expect((await attempt(d.app, office, user.email, 'one typo')).status).toBe(401);
    expect((await attempt(second, office, user.email, TEST_PASSWORD)).status).toBe(303);
  });
});

const MAX_ATTEMPTS = 3;

/**
 * The lock-out counts failures per e-mail and client address: an attacker
 * guessing a user's password from one address, alternating between two
 * dashboard processes, is refused after LOGIN_MAX_ATTEMPTS failures in all,
 * while the user signs in from their own address as if nothing happened.
 */
describe('login lock-out per e-mail and client address, shared by two dashboard processes', () => {
  let d: TestDashboard;
  let second: NestExpressApplication;
  const env = { LOGIN_RATE_LIMIT_PER_IP: '50', LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS), LOGIN_LOCKOUT_MINUTES: '15', TRUST_PROXY: 'loopback' };

  beforeAll(async () => {
    d = await startTestDashboard(env);
    second = await startSecondDashboard(d.db, env);
  }, 90_000);
  afterAll(async () => {
    await second.close();
    await d.close();
  });

  async function attempt(app: NestExpressApplication, ip: string, email: string, password: string) {
    const agent = request.agent(app.getHttpServer());
    const form = await agent.get('/login').set('X-Forwarded-For', ip).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    return agent.post('/login').set('X-Forwarded-For', ip).type('form').send({ _csrf: token, email, password });
  }

  it(`refuses the attacker's address after ${MAX_ATTEMPTS} failures across both, and the user still signs in from another`, async () => {
    const victim = await d.makeUser();
    const attacker = '203.0.113.60';
    for (let i = 0; i < MAX_ATTEMPTS; i++) expect((await attempt(i % 2 ? second : d.app, attacker, victim.email, `guess-${i}`)).status).toBe(401);
    for (const app of [d.app, second]) {
      // Even the right password: the attacker's address may not try this e-mail any more.
      const refused = await attempt(app, attacker, victim.email, TEST_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    }
    for (const [app, ip] of [[d.app, '198.51.100.80'], [second, '198.51.100.81']] as const) {
      expect((await attempt(app, ip, victim.email, TEST_PASSWORD)).status).toBe(303);
    }
    // The attacker's address may still sign in to another account (an office shares one address).
    const colleague = await d.makeUser();
    expect((await attempt(second, attacker, colleague.email, TEST_PASSWORD)).status).toBe(303);
  });
});
