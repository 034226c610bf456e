import '../scripts/register-paths';
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { benchDatabase, round, startApi } from './harness';

/**
 * bench:answer — the score links of survey e-mails under a campaign's load:
 * a fixed 500 requests/s for 20 s, each on the link of another invitation,
 * so every request records a real response (lookup, insert, invitation
 * marked answered) and renders the follow-up page. Target: p99 under 50 ms
 * with the rate held.
 */
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
/**
 * autocannon holds a rate per second by letting each connection send its
 * quota as soon as the second starts, so one instance at 500/s fires 500
 * requests in a burst at every second boundary and measures the queue behind
 * it. Customers do not click in step: the rate is spread over SLOTS instances
 * started 1000/SLOTS ms apart, each at RATE/SLOTS requests/s with one request
 * per connection per second, so a burst is RATE/SLOTS requests.
 */
const SLOTS = Number(process.env.BENCH_SLOTS ?? 50);
const INVITATIONS = RATE * (SECONDS + WARMUP_SECONDS) + 2000;

async function main(): Promise<void> {
  const db = await benchDatabase();
  const setup = new Client({ connectionString: db.url });
  await setup.connect();
  const tokens = await seed(setup);

  // Every request comes from 127.0.0.1: the per-address limit must not be what is measured.
  // An API process as deployed behind a balancer (WORKERS=off): routing the answers to department
  // inboxes is the workers' job, which would otherwise sweep thousands of these answers mid-run.
  const api = await startApi(db.url, { SURVEY_RATE_LIMIT_PER_IP: '10000000', DATABASE_POOL_SIZE: '20', WORKERS: process.env.BENCH_WORKERS ?? 'off' });
  let next = 0;
  const answered: string[] = [];
  // One request at a time per connection (no pipelining): the connection's context knows which link its response answers.
  const scoreLink = (): autocannon.Request => ({
    method: 'GET',
    setupRequest: (req, context) => {
      const token = tokens[next++];
      if (!token) throw new Error(`more requests than the ${tokens.length} invitations seeded`);
      (context as { token?: string }).token = token;
      return { ...req, path: `/s/${token}?score=${1 + (next % 5)}` };
    },
    onResponse: (status, _body, context) => {
      if (status === 200) answered.push((context as { token: string }).token);
    },
  });

  try {
    // Warm-up: JIT, the connection pool, PostgreSQL's caches.
    const warm = await pacedCannon(api.url, WARMUP_SECONDS, scoreLink);
    answered.length = 0;
    const firstMeasured = next;

    const postmaster = await postmasterPid(setup);
    const cpuBefore = cpuSeconds(api.process.pid!);
    const pgCpuBefore = postgresCpuSeconds(postmaster);
    const run = await pacedCannon(api.url, SECONDS, scoreLink);
    const apiCpuMsPerRequest = ((cpuSeconds(api.process.pid!) - cpuBefore) * 1000) / Math.max(1, next - firstMeasured);
    const pgCpuMsPerRequest = ((postgresCpuSeconds(postmaster) - pgCpuBefore) * 1000) / Math.max(1, next - firstMeasured);
    const measuredTokens = tokens.slice(firstMeasured, next);

    // Each 200 must be a stored answer: a response row from the link, and the invitation answered.
    const { rows } = await setup.query(
      `SELECT count(r.id)::int AS responses, count(*) FILTER (WHERE i.status = 'answered')::int AS answered
       FROM invitations i LEFT JOIN responses r ON r.invitation_id = i.id AND r.source = 'email_link'
       WHERE i.token = ANY($1)`,
      [answered],
    );
    const stored = rows[0] as { responses: number; answered: number };
    const requestsPerSecond = run.ok / SECONDS;
    const result = { bench: 'answer', requestsPerSecond: round(requestsPerSecond, 1), p99Ms: run.p99 };
    console.log(
      [
        '',
        `Seeded ${INVITATIONS} sent e-mail invitations (CSAT); warm-up ${WARMUP_SECONDS} s: ${warm.ok} answered, ${warm.failed} failed`,
        `Score links at a fixed ${RATE} requests/s for ${SECONDS} s (${SLOTS} autocannon instances ${round(1000 / SLOTS, 1)} ms apart, ${perSlotRate()} connections each), each on another invitation:`,
        `  ${run.ok} answered (${round(requestsPerSecond, 1)}/s), ${run.failed} failed; latency p50 ${run.p50} ms, p99 ${run.p99} ms, max ${run.max} ms`,
        `  API process CPU: ${round(apiCpuMsPerRequest, 2)} ms per request (${round((apiCpuMsPerRequest * RATE) / 10, 0)}% of a core at ${RATE}/s)`,
        postmaster ? `  PostgreSQL CPU (all its processes): ${round(pgCpuMsPerRequest, 2)} ms per request` : '  PostgreSQL CPU: not measured (server not on this machine)',
        `  stored for the ${answered.length} links answered 200 (of ${measuredTokens.length} sent): ${stored.responses} responses from the link, ${stored.answered} invitations answered`,
        `Target: ${RATE} requests/s held with p99 under 50 ms`,
        '',
      ].join('\n'),
    );
    if (stored.responses !== answered.length || stored.answered !== answered.length) {
      throw new Error(`${answered.length} links answered 200 but only ${stored.responses} responses and ${stored.answered} answered invitations are stored for them`);
    }
    console.log(JSON.stringify(result));
  } finally {
    await setup.end();
    await api.stop();
    await db.close();
  }
}

/** Customers and invitations sent an hour ago, in bulk; their tokens, in random order. */
async function seed(c: Client): Promise<string[]> {
  await c.query(
    `INSERT INTO customers (external_id, name, email, locale, time_zone)
     SELECT 'bench-' || i, 'Customer ' || i, 'c' || i || '@example.com', 'pl', 'Europe/Warsaw' FROM generate_series(1, $1) i`,
    [INVITATIONS],
  );
  // 32 hex characters plus the row number: unique, and of the token alphabet the pages accept.
  const { rows } = await c.query(
    `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, attempts, contact_channel, team)
     SELECT s.id, cu.id, 'email', 'pl', md5(random()::text || cu.id::text) || cu.external_id, 'sent',
            now() - interval '1 hour', now() + interval '7 days', now() - interval '1 hour', 1, 'phone', 'Infolinia'
     FROM customers cu, (SELECT id FROM surveys WHERE kind = 'post_contact' AND metric = 'csat' ORDER BY created_at LIMIT 1) s
     RETURNING token`,
  );
  await c.query('ANALYZE customers, invitations');
  const tokens = rows.map((r: { token: string }) => r.token);
  for (let i = tokens.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
  }
  return tokens;
}

/** User + system CPU time of a process so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the whole line, i.e. 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The PostgreSQL server's main process, when it runs on this machine (the parent of our backend); null otherwise. */
async function postmasterPid(c: Client): Promise<number | null> {
  try {
    const { rows } = await c.query('SELECT pg_backend_pid() AS pid');
    const ppid = Number(readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    return ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

/** CPU of the server and every process it started, the ended ones included (their time is added to the parent's). */
function postgresCpuSeconds(postmaster: number | null): number {
  if (postmaster === null) return 0;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(entry) === postmaster) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* ended meanwhile */
    }
  }
  return ticks / 100;
}

function perSlotRate(): number {
  return Math.max(1, Math.round(RATE / SLOTS));
}

/** RATE requests/s as SLOTS staggered autocannon instances; latency percentiles over every response they got. */
async function pacedCannon(url: string, duration: number, request: () => autocannon.Request): Promise<{ ok: number; failed: number; p50: number; p99: number; max: number }> {
  const latencies: number[] = [];
  const rate = perSlotRate();
  const runs = Array.from({ length: SLOTS }, async (_, slot) => {
    await new Promise((r) => setTimeout(r, (slot * 1000) / SLOTS));
    return new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url, connections: rate, overallRate: rate, duration, timeout: 30, requests: [request()] }, (err, result) =>
        err ? reject(err) : resolve(result),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
  });
  const results = await Promise.all(runs);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0, 1);
  return {
    ok: results.reduce((sum, r) => sum + r['2xx'], 0),
    failed: results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
    p50: at(0.5),
    p99: at(0.99),
    max: round(latencies[latencies.length - 1] ?? 0, 1),
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
