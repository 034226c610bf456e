import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CustomersService } from '../libs/customers/customers.service';
import { THEME_CATALOGUE } from '../libs/themes/seed/theme-catalogue';
import { WorkersAppModule } from '../apps/workers/workers-app.module';
import { themesWrittenIn } from '../scripts/demo/comments';
import { DemoResult, generateDemoCompany } from '../scripts/demo/demo-company';
import { testConfig } from './config';
import { TestDashboard, login, startTestDashboard } from './dashboard';

/** The demo company (npm run demo) at a small scale, on a database that also holds a real customer and staff member. */
describe('demo company', () => {
  let dashboard: TestDashboard;
  let app: INestApplicationContext;
  const now = new Date('2026-11-20T10:00:00Z');
  let first: DemoResult;
  let second: DemoResult;
  let realCustomerBefore: unknown;
  let realUserBefore: unknown;
  let realUserEmail: string;
  let countsAfterFirst: Record<string, number>;

  const query = (sql: string, params: unknown[] = []): Promise<Array<Record<string, any>>> => app.get(DataSource).query(sql, params);
  const tableCounts = async (): Promise<Record<string, number>> => {
    const tables = ['customers', 'events', 'invitations', 'invitation_log', 'responses', 'response_changes', 'feedback_items', 'feedback_item_themes', 'feedback_item_activities', 'feedback_replies', 'feedback_response_routings', 'users', 'consent_changes', 'churn_cases', 'churn_offers', 'churn_case_activities'];
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (await query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
    return out;
  };

  beforeAll(async () => {
    dashboard = await startTestDashboard();
    app = await NestFactory.createApplicationContext(WorkersAppModule.forRoot(testConfig(dashboard.db.url)), { logger: ['error'] });
    await app.init();
    const { customer } = await app.get(CustomersService).upsert({ externalId: 'crm-77', name: 'Prawdziwy Klient', email: 'real@example.com', locale: 'pl' } as never);
    const user = await dashboard.makeUser({ role: 'admin' });
    realUserEmail = user.email;
    realCustomerBefore = (await query('SELECT * FROM customers WHERE id = $1', [customer.id]))[0];
    realUserBefore = (await query('SELECT * FROM users WHERE id = $1', [user.id]))[0];
    first = await generateDemoCompany(app, { customers: 200, now });
    countsAfterFirst = await tableCounts();
    second = await generateDemoCompany(app, { customers: 200, now });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await dashboard?.close();
  });

  it('writes 200 customers with six months of contacts, answers and items', async () => {
    expect(second.counts.customers).toBe(200);
    const [row] = await query(`SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM events WHERE type = 'contact'`);
    expect(now.getTime() - new Date(row.first).getTime()).toBeGreaterThan(150 * 86_400_000);
    expect(now.getTime() - new Date(row.last).getTime()).toBeLessThan(7 * 86_400_000);
    const [{ n }] = await query(`SELECT count(*)::int AS n FROM responses WHERE comment IS NOT NULL`);
    expect(n).toBeGreaterThan(50);
  });

  it('has comments about every theme of the catalogue, in Polish and English, most of whose themes the classifier finds', async () => {
    const comments = await query(`SELECT r.comment, c.locale FROM responses r JOIN customers c ON c.id = r.customer_id WHERE r.comment IS NOT NULL`);
    const written = new Set(comments.flatMap((c) => themesWrittenIn(c.comment)));
    expect(THEME_CATALOGUE.map((t) => t.key).filter((k) => !written.has(k))).toEqual([]);
    expect(new Set(comments.map((c) => c.locale))).toEqual(new Set(['pl', 'en']));
    const rows = await query(`SELECT DISTINCT t->>'key' AS key FROM feedback_response_routings, jsonb_array_elements(themes) t`);
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('has feedback items in every status, resolved ones with notes, some re-routed, some late, some replied to', async () => {
    const statuses = await query(`SELECT status, count(*)::int AS n, count(*) FILTER (WHERE status = 'resolved' AND resolution_note IS NULL)::int AS no_note FROM feedback_items GROUP BY 1`);
    expect(statuses.map((s) => s.status).sort()).toEqual(['acknowledged', 'in_progress', 'new', 'resolved']);
    expect(statuses.every((s) => s.no_note === 0)).toBe(true);
    const [extra] = await query(
      `SELECT count(*) FILTER (WHERE rerouted_from_id IS NOT NULL)::int AS rerouted,
              count(*) FILTER (WHERE resolve_breach_alerted_at IS NOT NULL OR ack_breach_alerted_at IS NOT NULL)::int AS breached,
              (SELECT count(*)::int FROM feedback_replies WHERE status = 'sent') AS replies
       FROM feedback_items`,
    );
    expect(extra.rerouted).toBeGreaterThan(0);
    expect(extra.breached).toBeGreaterThan(0);
    expect(extra.replies).toBeGreaterThan(0);
    // Every answer's routing is recorded, so the feedback sweep routes none of them again.
    const [{ unrouted }] = await query(`SELECT count(*)::int AS unrouted FROM responses r LEFT JOIN feedback_response_routings f ON f.response_id = r.id WHERE f.response_id IS NULL`);
    expect(unrouted).toBe(0);
  });

  it('has churn cases for the cancellations, with interviews and offers, won back, lost and open', async () => {
    const [row] = await query(
      `SELECT (SELECT count(*)::int FROM events WHERE type = 'cancellation') AS cancellations, count(*)::int AS cases,
              count(*) FILTER (WHERE interview_primary_reason IS NOT NULL)::int AS interviews,
              count(*) FILTER (WHERE status = 'won_back' AND won_offer_id IS NOT NULL)::int AS won,
              count(*) FILTER (WHERE status = 'lost' AND lost_reason IS NOT NULL)::int AS lost,
              (SELECT count(*)::int FROM churn_offers) AS offers
       FROM churn_cases`,
    );
    expect(row.cases).toBe(row.cancellations);
    expect(row.cases).toBeGreaterThan(0);
    expect(row.interviews).toBeGreaterThan(0);
    expect(row.offers).toBeGreaterThan(0);
    expect(row.won + row.lost).toBeGreaterThan(0);
    // The churn consumer's queue holds no demo cancellation: it would open a second case.
    const [{ pending }] = await query(`SELECT count(*)::int AS pending FROM event_consumer_pending`);
    expect(pending).toBe(0);
  });

  it('leaves the metrics rollups up to date', async () => {
    const [{ dirty }] = await query(`SELECT count(*)::int AS dirty FROM metrics_dirty_hours`);
    expect(dirty).toBe(0);
    const [{ n }] = await query(`SELECT count(*)::int AS n FROM metrics_response_days`);
    expect(n).toBeGreaterThan(0);
  });

  it('creates demo staff of every role who can log in with the printed passwords', async () => {
    expect(second.users.map((u) => u.role).sort()).toEqual(
      ['admin', 'analyst', 'department_head', 'department_head', 'department_head', 'department_head', 'department_head', 'retention_agent', 'retention_agent'].sort(),
    );
    for (const u of second.users) {
      const res = await login(dashboard.agent(), u.email, u.password);
      expect([res.status, u.email]).toEqual([303, u.email]);
    }
    // The first run's passwords went with its users.
    const res = await login(dashboard.agent(), first.users[0].email, first.users[0].password);
    expect(res.status).not.toBe(303);
  });

  it('gives the same company when run again, replacing the demo data and nothing else', async () => {
    expect(second.counts).toEqual(first.counts);
    expect(await tableCounts()).toEqual(countsAfterFirst);
    const [customer] = await query(`SELECT * FROM customers WHERE external_id = 'crm-77'`);
    expect(customer).toEqual(realCustomerBefore);
    const [user] = await query('SELECT * FROM users WHERE email = $1', [realUserEmail]);
    expect(user).toEqual(realUserBefore);
    const res = await login(dashboard.agent(), realUserEmail);
    expect(res.status).toBe(303);
  });
});
