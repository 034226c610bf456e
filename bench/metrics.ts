import '../scripts/register-paths';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { CoreModule } from '@feedloop/core/core.module';
import { loadConfig } from '@feedloop/core/config/load-config';
import { MetricsModule } from '@feedloop/metrics/metrics.module';
import { MetricsRollupsService } from '@feedloop/metrics/metrics-rollups.service';
import { MetricsQuery, MetricsService } from '@feedloop/metrics/metrics.service';
import { benchDatabase, round } from './harness';

/**
 * bench:metrics — a 12-month weekly NPS trend grouped by contact channel over
 * 5,000,000 responses, through MetricsService (the code behind GET
 * /api/v1/metrics), after the rollups were brought up to date by the refresh
 * job's own code and with the current hour dirty, as in production.
 */
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 5_000_000);
/** Unanswered invitations per answered one: 1.0 is a 50% response rate. */
const UNANSWERED_RATIO = Number(process.env.BENCH_UNANSWERED_RATIO ?? 1.0);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TIME_ZONE = 'Europe/Warsaw';

async function main(): Promise<void> {
  const db = await benchDatabase();
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  try {
    const seedStarted = Date.now();
    const invitations = Math.round(RESPONSES * (1 + UNANSWERED_RATIO));
    await seed(sql, invitations);
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    // Slow statements with their plans in the server log, for looking into a regression.
    if (process.env.BENCH_EXPLAIN) {
      const name = new URL(db.url).pathname.slice(1);
      await sql.query(`ALTER DATABASE ${name} SET session_preload_libraries = 'auto_explain'`);
      await sql.query(`ALTER DATABASE ${name} SET auto_explain.log_min_duration = 100`);
      await sql.query(`ALTER DATABASE ${name} SET auto_explain.log_analyze = on`);
    }

    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      WORKERS: 'off',
      LOG_LEVEL: 'warn',
      DEFAULT_TIME_ZONE: TIME_ZONE,
    });
    const app = await NestFactory.createApplicationContext(
      { module: class MetricsBenchModule {}, imports: [CoreModule.forRoot(config), MetricsModule] },
      { logger: ['error', 'warn'] },
    );
    try {
      const refreshStarted = Date.now();
      const rollups = app.get(MetricsRollupsService);
      let hours = 0;
      for (;;) {
        const step = await rollups.refreshDirty();
        hours += step.hours;
        if (!step.remaining) break;
      }
      const refreshSeconds = (Date.now() - refreshStarted) / 1000;
      // What autovacuum does after so many new rows; without statistics the planner guesses the rollups empty.
      await sql.query(`ANALYZE metrics_response_days, metrics_response_hours, metrics_invitation_days, metrics_invitation_hours`);
      const rollupRows = await sql.query(
        `SELECT (SELECT count(*) FROM metrics_response_days)::int AS days, (SELECT count(*) FROM metrics_response_hours)::int AS hours`,
      );

      // Production is never quiet: the last minutes' sends and answers sit in dirty hours, read raw.
      await sql.query(
        `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, attempts, contact_channel, team)
         SELECT survey_id, customer_id, channel, locale, md5(token || 'now'), 'sent', now(), now() + interval '7 days', now(), 1, contact_channel, team
         FROM invitations ORDER BY sent_at DESC LIMIT 500`,
      );
      await sql.query(
        `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, source, channel, contact_channel, team)
         SELECT i.id, i.survey_id, i.customer_id, s.metric, CASE s.metric WHEN 'nps' THEN 9 ELSE 4 END, 'email_link', i.channel, i.contact_channel, i.team
         FROM invitations i JOIN surveys s ON s.id = i.survey_id
         WHERE i.sent_at > now() - interval '1 minute' AND i.status = 'sent' LIMIT 200`,
      );
      const [{ dirty }] = (await sql.query(`SELECT count(*)::int AS dirty FROM metrics_dirty_hours`)).rows;

      const metrics = app.get(MetricsService);
      const today = new Date();
      const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
      const q: MetricsQuery = {
        metric: 'nps',
        from: yearAgo.toISOString().slice(0, 10),
        to: new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10),
        interval: 'week',
        timeZone: TIME_ZONE,
        groupBy: 'contactChannel',
      };
      // Warm-up: JIT, the connection pool, the rollups' pages in PostgreSQL's cache.
      for (let i = 0; i < 3; i++) await metrics.query(q);
      const times: number[] = [];
      let result = await metrics.query(q);
      for (let i = 0; i < RUNS; i++) {
        const started = process.hrtime.bigint();
        result = await metrics.query(q);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const counted = result.buckets.reduce((sum, b) => sum + b.groups.reduce((s, g) => s + g.n, 0), 0);

      const summary = {
        bench: 'metrics',
        responses: RESPONSES,
        trendMs: round(median, 1),
        invitations,
        seedSeconds: round(seedSeconds),
        refreshSeconds: round(refreshSeconds),
      };
      console.log(
        [
          '',
          `Seeded ${RESPONSES.toLocaleString('en')} responses, ${invitations.toLocaleString('en')} invitations, ${CUSTOMERS.toLocaleString('en')} customers in ${summary.seedSeconds} s`,
          `Rollups brought up to date by the refresh job's code: ${hours} hour(s) in ${summary.refreshSeconds} s (${rollupRows.rows[0].days} daily, ${rollupRows.rows[0].hours} hourly response rows)`,
          `Weekly NPS trend, 12 months, grouped by contact channel (${result.buckets.length} weeks × ${result.buckets[0]?.groups.length ?? 0} groups, n = ${counted.toLocaleString('en')}, ${dirty} dirty hour(s) read raw)`,
          `  ${RUNS} runs: median ${round(median, 1)} ms, min ${round(times[0], 1)} ms, max ${round(times[times.length - 1], 1)} ms (target < 200 ms)`,
          '',
        ].join('\n'),
      );
      console.log(JSON.stringify(summary));
    } finally {
      await app.close();
    }
  } finally {
    await sql.end();
    await db.close();
  }
}

/**
 * Customers, three surveys (two NPS, one CSAT), invitations over the last 12
 * months with 6 contact channels, 10 teams and both survey channels, and a
 * response for RESPONSES of them, each in one INSERT ... SELECT from
 * generate_series. Triggers and foreign-key checks are off during the load
 * (session_replication_role = replica); the hours it wrote are then marked
 * dirty the way the metrics migration marks existing data.
 */
async function seed(sql: Client, invitations: number): Promise<void> {
  const step = async (label: string, text: string, params: unknown[] = []) => {
    const started = Date.now();
    const res = await sql.query(text, params);
    console.log(`  ${label}: ${res.rowCount ?? ''} in ${round((Date.now() - started) / 1000, 1)} s`);
  };
  await sql.query(`SET session_replication_role = replica`);
  await sql.query(`SET maintenance_work_mem = '256MB'`);
  await sql.query(`SET work_mem = '64MB'`);
  await step(
    'customers',
    `INSERT INTO customers (external_id, name, email, locale, time_zone)
     SELECT 'bench-' || g, 'Customer ' || g, 'c' || g || '@example.com', CASE WHEN g % 3 = 0 THEN 'en' ELSE 'pl' END, 'Europe/Warsaw'
     FROM generate_series(1, $1) g`,
    [CUSTOMERS],
  );
  await sql.query(
    `INSERT INTO surveys (name, kind, metric, question, follow_up, trigger_event_type)
     VALUES ('Relationship NPS', 'relationship', 'nps', '{"pl": "Polecisz nas?", "en": "Would you recommend us?"}', '{"pl": "Dlaczego?", "en": "Why?"}', NULL)`,
  );
  await sql.query(`CREATE TEMP TABLE bench_customers AS SELECT row_number() OVER () AS n, id FROM customers`);
  // Scored surveys only: the seeded exit survey has no metric.
  await sql.query(`CREATE TEMP TABLE bench_surveys AS SELECT row_number() OVER (ORDER BY metric DESC, created_at) AS n, id, metric FROM surveys WHERE metric IS NOT NULL`);
  // The secondary indexes are rebuilt once after the load: far cheaper than maintaining them row by row.
  // Read from the catalog, so the bench keeps up with whatever indexes the migrations create.
  const { rows: secondary } = await sql.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid IN ('invitations'::regclass, 'responses'::regclass) AND NOT i.indisprimary AND NOT i.indisunique`,
  );
  await sql.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_token_key`);
  for (const index of secondary) await sql.query(`DROP INDEX ${index.name}`);

  // Survey mix: 40% onboarding NPS, 40% relationship NPS, 20% post-contact CSAT. Answered first, unanswered after.
  await step(
    'invitations',
    `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, failed_at, answered_at, attempts, contact_channel, team)
     SELECT s.id, c.id, x.channel, 'pl', md5(g::text || 'bench'), x.status, x.sent_at, x.sent_at + interval '7 days', x.sent_at,
            CASE WHEN x.status IN ('failed', 'bounced') THEN x.sent_at END, CASE WHEN x.status = 'answered' THEN x.sent_at + interval '30 hours' * r.r2 END, 1,
            x.contact_channel, x.team
     FROM generate_series(1, $1) g
     CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, g AS dep) r
     CROSS JOIN LATERAL (SELECT
       now() - interval '365 days' * r.r1 AS sent_at,
       CASE WHEN g <= $2 THEN 'answered'
            WHEN r.r2 < 0.85 THEN 'expired' WHEN r.r2 < 0.90 THEN 'sent' WHEN r.r2 < 0.94 THEN 'delivered' WHEN r.r2 < 0.98 THEN 'failed' ELSE 'bounced' END AS status,
       CASE WHEN r.r3 < 0.65 THEN 'email' ELSE 'sms' END AS channel,
       (ARRAY['phone', 'phone', 'phone', 'email', 'email', 'chat', 'chat', 'social', 'branch', 'app'])[1 + floor(r.r4 * 10)::int] AS contact_channel,
       'Team ' || (1 + floor(r.r5 * 10)::int) AS team,
       CASE WHEN r.r6 < 0.4 THEN 1 WHEN r.r6 < 0.8 THEN 2 ELSE 3 END AS survey_n,
       1 + (g::bigint * 7919) % $3 AS customer_n) x
     JOIN bench_surveys s ON s.n = x.survey_n
     JOIN bench_customers c ON c.n = x.customer_n`,
    [invitations, RESPONSES, CUSTOMERS],
  );
  // NPS scores skewed the way real ones are (about 45% promoters, 30% passives, 25% detractors).
  await step(
    'responses',
    `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, source, channel, contact_channel, team, created_at, updated_at)
     SELECT i.id, i.survey_id, i.customer_id, s.metric, x.score, CASE WHEN i.channel = 'sms' THEN 'sms' ELSE 'email_link' END,
            i.channel, i.contact_channel, i.team, i.answered_at, i.answered_at
     FROM invitations i JOIN bench_surveys s ON s.id = i.survey_id
     CROSS JOIN LATERAL (SELECT random() AS r, i.id AS dep) r
     CROSS JOIN LATERAL (SELECT CASE s.metric
       WHEN 'nps' THEN (ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])[1 + CASE WHEN r.r < 0.25 THEN floor(r.r / 0.25 * 7) WHEN r.r < 0.55 THEN 7 + floor((r.r - 0.25) / 0.30 * 2) ELSE 9 + floor((r.r - 0.55) / 0.45 * 2) END::int]
       ELSE 1 + floor(r.r * 5)::int END AS score) x
     WHERE i.status = 'answered'`,
  );
  await step(
    'indexes',
    [`ALTER TABLE invitations ADD CONSTRAINT invitations_token_key UNIQUE (token)`, ...secondary.map((index) => index.definition)].join(';\n'),
  );
  await sql.query(`SET session_replication_role = origin`);
  await step(
    'dirty hours',
    `INSERT INTO metrics_dirty_hours (kind, hour)
     SELECT DISTINCT 'response', date_trunc('hour', created_at, 'UTC') FROM responses
     UNION SELECT DISTINCT 'invitation', date_trunc('hour', sent_at, 'UTC') FROM invitations WHERE sent_at IS NOT NULL
     ON CONFLICT DO NOTHING`,
  );
  await step('analyze', `ANALYZE`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
