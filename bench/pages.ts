import '../scripts/register-paths';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { WorkersAppModule } from '../apps/workers/workers-app.module';
import { NAV, navFor } from '../apps/dashboard/nav';
import { loadConfig } from '@feedloop/core/config/load-config';
import type { Role } from '@feedloop/auth/roles';
import { generateDemoCompany } from '../scripts/demo/demo-company';
import type { DemoUser } from '../scripts/demo/demo-context';
import { RunningApp, admin, benchDatabase, round, startApp } from './harness';

/**
 * bench:pages — server-side render time of every main dashboard page with the
 * demo company (5,000 customers) in the database: its own database, filled by
 * the demo generator; the dashboard as its own process (as `--only
 * dashboard` runs it); each role logs in and opens the pages of its
 * navigation (apps/dashboard/nav.ts, so new pages are measured without
 * changes here) plus one inbox item, the inbox charts, and a customer's page
 * where one exists, REPEATS times each. Target: every page's p95 < 300 ms.
 */
const REPEATS = Number(process.env.BENCH_PAGES_REPEATS ?? 9);
const CUSTOMERS = Number(process.env.BENCH_PAGES_CUSTOMERS ?? 5_000);

interface Measured {
  role: string;
  page: string;
  status: number;
  timesMs: number[];
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  let dashboard: RunningApp | null = null;
  try {
    const config = loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'production', SESSION_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', WORKERS: 'off' });
    const app = await NestFactory.createApplicationContext(WorkersAppModule.forRoot(config), { logger: ['error', 'warn'] });
    await app.init();
    const started = Date.now();
    const demo = await generateDemoCompany(app, { customers: CUSTOMERS });
    await app.close();
    console.log(`demo company with ${demo.counts.customers} customers, ${demo.counts.responses} responses, ${demo.counts.feedback_items} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Fresh statistics, as autovacuum would have them after a bulk load on a live system.
    await admin(db.url, 'ANALYZE');

    dashboard = await startApp('dashboard', db.url, { LOGIN_RATE_LIMIT_PER_IP: '1000' });
    const samples = await samplePaths(db.url);
    const results: Measured[] = [];
    for (const user of pickOnePerRole(demo.users)) {
      const session = await login(dashboard.url, user);
      for (const page of pagesFor(user, samples)) {
        const timesMs: number[] = [];
        let status = 0;
        for (let i = 0; i < REPEATS + 1; i++) {
          const t0 = process.hrtime.bigint();
          const res = await fetch(`${dashboard.url}${page}`, { headers: { cookie: session }, redirect: 'manual' });
          await res.arrayBuffer();
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          status = res.status;
          // The first request warms this page's code path; it is not a reader's experience.
          if (i > 0) timesMs.push(ms);
        }
        results.push({ role: label(user), page, status, timesMs });
      }
    }
    report(results);
  } finally {
    await dashboard?.stop();
    await db.close();
  }
}

/** One user of each role: admin, analyst, every department head, one retention agent. */
function pickOnePerRole(users: DemoUser[]): DemoUser[] {
  return users.filter((u, i) => u.role === 'department_head' || users.findIndex((x) => x.role === u.role) === i);
}

function label(u: DemoUser): string {
  return u.role === 'department_head' ? `head:${u.departmentKey}` : u.role;
}

interface Samples {
  /** An item per department key, and one of any department. */
  itemByDepartment: Map<string, string>;
  anyItem: string;
  customerId: string;
}

async function samplePaths(url: string): Promise<Samples> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const items = await c.query<{ key: string; id: string }>(
      `SELECT DISTINCT ON (d.key) d.key, f.id FROM feedback_items f JOIN departments d ON d.id = f.department_id
       WHERE f.withdrawn_at IS NULL ORDER BY d.key, f.created_at DESC`,
    );
    // The busiest customer: the fullest customer page.
    const customer = await c.query<{ id: string }>(`SELECT customer_id AS id FROM events GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    return { itemByDepartment: new Map(items.rows.map((r) => [r.key, r.id])), anyItem: items.rows[0].id, customerId: customer.rows[0].id };
  } finally {
    await c.end();
  }
}

/** The navigation's pages for the user's role, with an item, the charts and a customer where the role sees those pages. */
function pagesFor(user: DemoUser, s: Samples): string[] {
  const pages = navFor(user.role as Role, '/').map((n) => n.href);
  if (pages.includes('/inbox')) {
    pages.push('/inbox/charts');
    const item = user.departmentKey ? s.itemByDepartment.get(user.departmentKey) : s.anyItem;
    if (item) pages.push(`/inbox/${item}`);
  }
  if (pages.includes('/customers') && user.role !== 'department_head') pages.push(`/customers/${s.customerId}`);
  pages.push('/account');
  return pages;
}

async function login(base: string, user: DemoUser): Promise<string> {
  const page = await fetch(`${base}/login`, { redirect: 'manual' });
  const html = await page.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('no _csrf field on /login');
  let cookie = cookiesOf(page);
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: user.email, password: user.password }).toString(),
  });
  if (res.status !== 302 && res.status !== 303) throw new Error(`login of ${user.email} answered ${res.status}`);
  cookie = cookiesOf(res) || cookie;
  return cookie;
}

function cookiesOf(res: Response): string {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(results: Measured[]): void {
  const rows = results.map((r) => {
    const sorted = [...r.timesMs].sort((a, b) => a - b);
    return { ...r, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
  });
  const width = Math.max(...rows.map((r) => r.page.replace(/[0-9a-f-]{36}/, ':id').length));
  console.log(`\n${'role'.padEnd(22)} ${'page'.padEnd(width)}  status  median ms  p95 ms`);
  for (const r of rows) {
    const flag = r.status !== 200 ? '  <- not 200' : r.p95 >= 300 ? '  <- over 300 ms' : '';
    console.log(`${r.role.padEnd(22)} ${r.page.replace(/[0-9a-f-]{36}/, ':id').padEnd(width)}  ${String(r.status).padStart(6)}  ${r.median.toFixed(1).padStart(9)}  ${r.p95.toFixed(1).padStart(6)}${flag}`);
  }
  const failed = rows.filter((r) => r.status !== 200);
  const slowest = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  console.log(`\nslowest: ${slowest.page} as ${slowest.role}, p95 ${slowest.p95.toFixed(1)} ms; ${rows.length} page/role pairs, ${REPEATS} timed requests each; pages in the navigation: ${NAV.length}`);
  if (failed.length) console.log(`not 200: ${failed.map((f) => `${f.page} as ${f.role} (${f.status})`).join(', ')}`);
  console.log(JSON.stringify({ bench: 'pages', slowestP95Ms: round(slowest.p95, 1), slowestPage: slowest.page.replace(/[0-9a-f-]{36}/, ':id'), failed: failed.length }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
