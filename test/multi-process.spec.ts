import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from './database';
import { FeedloopProcess, ensureBuild, runKey, startProcess } from './processes';
import { SmtpCapture } from './smtp-capture';

const EVENTS = 1000;
const PER_TOKEN = 4;
const PER_IP = 6;
const LOGIN_PER_IP = 6;
const ADMIN_PASSWORD = 'multi-process-admin-password';

/**
 * Issue 12 proof (slow: ~60 s): two API, two dashboard and two workers
 * processes, each `node dist/scripts/start.js --only <role>` as production
 * runs them, on one PostgreSQL database. Contact events posted to both APIs
 * become exactly one e-mail each, and the answer and login limits hold
 * across the processes (they are counted in PostgreSQL).
 */
describe('two API, two dashboard and two workers processes on one database', () => {
  const key = runKey();
  let db: TestDatabase;
  let pg: Client;
  let smtp: SmtpCapture;
  let apis: FeedloopProcess[] = [];
  let dashboards: FeedloopProcess[] = [];
  let workers: FeedloopProcess[] = [];
  let apiKey: string;
  let emails: string[];

  beforeAll(async () => {
    await ensureBuild();
    db = await createTestDatabase();
    smtp = await SmtpCapture.start();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    // The seeded post-contact survey waits an hour; here its e-mail goes at once.
    await pg.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
    const { rows } = await pg.query<{ email: string }>(
      `INSERT INTO customers (external_id, name, email, locale, time_zone)
       SELECT 'mp-${key}-' || i, 'Customer ' || i, 'mp-${key}-' || i || '@example.com', 'en', 'Europe/Warsaw'
       FROM generate_series(1, $1) i RETURNING email`,
      [EVENTS],
    );
    emails = rows.map((r) => r.email);

    const env = {
      DATABASE_URL: db.url,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Feedloop <ankiety@feedloop.test>',
      PUBLIC_URL: 'https://feedback.example.com',
      ADMIN_PASSWORD,
      TRUST_PROXY: 'loopback',
      SURVEY_RATE_LIMIT_PER_TOKEN: String(PER_TOKEN),
      SURVEY_RATE_LIMIT_PER_IP: String(PER_IP),
      LOGIN_RATE_LIMIT_PER_IP: String(LOGIN_PER_IP),
      LOGIN_MAX_ATTEMPTS: '100',
    };
    // The first API process creates the admin and an API key on the empty database and prints them once.
    const first = await startProcess('api', { ...env, WORKERS: 'off' });
    apis.push(first);
    apiKey = (await first.waitFor(/API key\s+(fl_\S+)/))[1];
    const rest = await Promise.all([
      startProcess('api', { ...env, WORKERS: 'off' }),
      startProcess('dashboard', env),
      startProcess('dashboard', env),
      startProcess('workers', env),
      startProcess('workers', env),
    ]);
    apis.push(rest[0]);
    dashboards = rest.slice(1, 3);
    workers = rest.slice(3);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...apis, ...dashboards, ...workers].map((p) => p.stop()));
    await pg?.end();
    await db?.drop();
    await smtp?.close();
  }, 60_000);

  /** The processes in turn, as a round-robin balancer hands them requests. */
  let turn = 0;
  const nextApi = () => apis[turn++ % 2].url;

  it(`sends exactly ${EVENTS} e-mails for ${EVENTS} contact events posted across both APIs, none twice`, async () => {
    let next = 0;
    const statuses: number[] = [];
    // 16 clients at once, each request to the next API in turn.
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < EVENTS) {
          const i = ++next;
          const res = await fetch(`${nextApi()}/api/v1/events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              type: 'contact',
              idempotencyKey: `mp-${key}-${i}`,
              customerExternalId: `mp-${key}-${i}`,
              contactChannel: 'phone',
              occurredAt: new Date().toISOString(),
            }),
          });
          statuses.push(res.status);
        }
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(EVENTS);

    await smtp.waitFor(EVENTS);
    // Long enough for a second copy of anything to arrive.
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.messages).toHaveLength(EVENTS);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(EVENTS);
    const recipients = smtp.messages.map((m) => m.to.join(','));
    expect(new Set(recipients).size).toBe(EVENTS);
    expect(new Set(recipients)).toEqual(new Set(emails));
    const { rows } = await pg.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM invitations GROUP BY status`);
    expect(rows).toEqual([{ status: 'sent', n: EVENTS }]);
  }, 120_000);

  async function tokens(n: number): Promise<string[]> {
    const { rows } = await pg.query<{ token: string }>(`SELECT token FROM invitations WHERE status = 'sent' AND answered_at IS NULL ORDER BY id LIMIT $1`, [n]);
    return rows.map((r) => r.token);
  }
  let addresses = 0;
  const freshIp = () => `198.51.100.${++addresses}`;
  const answer = (base: string, token: string, score: number, ip: string) =>
    fetch(`${base}/s/${token}?score=${score}`, { headers: { 'x-forwarded-for': ip }, redirect: 'manual' });

  it(`takes ${PER_TOKEN} answers per invitation across both API processes, then 429 with Retry-After from either`, async () => {
    const [token] = await tokens(1);
    const statuses: number[] = [];
    for (let score = 1; score <= PER_TOKEN; score++) statuses.push((await answer(nextApi(), token, score, freshIp())).status);
    expect(statuses).toEqual(Array(PER_TOKEN).fill(200));
    for (const api of apis) {
      const refused = await answer(api.url, token, 5, freshIp());
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  });

  it(`takes ${PER_IP} answers per client address across both API processes, then 429`, async () => {
    const ip = freshIp();
    const list = await tokens(PER_IP + 1);
    const statuses: number[] = [];
    for (const token of list) statuses.push((await answer(nextApi(), token, 3, ip)).status);
    expect(statuses).toEqual([...Array(PER_IP).fill(200), 429]);
    expect((await answer(nextApi(), list[PER_IP], 3, freshIp())).status).toBe(200);
  });

  it(`answers 429 after ${LOGIN_PER_IP} failed logins from one address across both dashboard processes`, async () => {
    const attacker = '203.0.113.9';
    async function attempt(base: string, password: string): Promise<Response> {
      const form = await fetch(`${base}/login`, { headers: { 'x-forwarded-for': attacker } });
      const cookie = (form.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
      return fetch(`${base}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'x-forwarded-for': attacker, 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ _csrf: csrf, email: 'admin@feedloop.local', password }).toString(),
      });
    }
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_PER_IP; i++) statuses.push((await attempt(dashboards[i % 2].url, `guess-${i}`)).status);
    expect(statuses).toEqual(Array(LOGIN_PER_IP).fill(401));
    for (const dashboard of dashboards) {
      const refused = await attempt(dashboard.url, ADMIN_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
