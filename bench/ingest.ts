import '../scripts/register-paths';
import { createHash, randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import { benchDatabase, round, startApi } from './harness';

/**
 * bench:ingest — how fast the API takes contact events, against what the same
 * PostgreSQL does with bare single-row INSERTs from Node at the same
 * concurrency (the ceiling for one-event-per-request ingestion).
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const BATCH_SECONDS = Number(process.env.BENCH_BATCH_SECONDS ?? 10);
const CUSTOMERS = 1000;

async function main(): Promise<void> {
  const db = await benchDatabase();
  const key = `fl_${randomBytes(6).toString('base64url')}_${randomBytes(24).toString('base64url')}`;
  const setup = new Client({ connectionString: db.url });
  await setup.connect();
  // Same format and hash as ApiKeysService.create, written directly so the bench needs no Nest context.
  await setup.query(`INSERT INTO api_keys (name, key_prefix, key_hash) VALUES ('bench', $1, $2)`, [
    key.split('_')[1],
    createHash('sha256').update(key).digest(),
  ]);
  await setup.query(
    `INSERT INTO customers (external_id, name, email, locale, time_zone)
     SELECT 'bench-' || i, 'Customer ' || i, 'c' || i || '@example.com', 'pl', 'Europe/Warsaw' FROM generate_series(1, $1) i`,
    [CUSTOMERS],
  );
  await setup.end();

  // The API's pool gets as many connections as the raw-insert baseline uses, so both commit at the same concurrency.
  const api = await startApi(db.url, { DATABASE_POOL_SIZE: String(CONNECTIONS) });
  const run = randomBytes(3).toString('hex');
  let seq = 0;
  const contact = () => ({
    type: 'contact',
    idempotencyKey: `${run}-${++seq}`,
    customerExternalId: `bench-${(seq % CUSTOMERS) + 1}`,
    contactChannel: 'phone',
    team: 'Infolinia',
    agent: 'Jan K.',
    caseId: `Z-${seq}`,
    occurredAt: new Date().toISOString(),
  });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };

  try {
    // Warm-up: JIT, connection pools, API-key cache.
    await cannon({ url: `${api.url}/api/v1/events`, connections: CONNECTIONS, duration: 2, headers, requests: [postEach(() => contact())] });

    const single = await cannon({
      url: `${api.url}/api/v1/events`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers,
      requests: [postEach(() => contact())],
    });
    const eventsPerSecond = single.ok / SECONDS;

    const batch = await cannon({
      url: `${api.url}/api/v1/events`,
      connections: 4,
      duration: BATCH_SECONDS,
      headers,
      requests: [postEach(() => Array.from({ length: 1000 }, contact))],
    });
    const batchedEventsPerSecond = (batch.ok * 1000) / BATCH_SECONDS;

    const rawInsertsPerSecond = await rawInserts(db.url, run);
    const result = {
      bench: 'ingest',
      eventsPerSecond: round(eventsPerSecond),
      p99Ms: single.p99,
      batchedEventsPerSecond: round(batchedEventsPerSecond),
      rawInsertsPerSecond: round(rawInsertsPerSecond),
      ratio: round(eventsPerSecond / rawInsertsPerSecond, 3),
    };
    console.log(
      [
        '',
        `Single contact events, ${CONNECTIONS} connections, ${SECONDS} s: ${result.eventsPerSecond} events/s, p99 ${single.p99} ms, ${single.non2xx} non-2xx`,
        `Batches of 1,000, 4 connections, ${BATCH_SECONDS} s: ${result.batchedEventsPerSecond} events/s (${batch.ok} batches, ${batch.non2xx} non-2xx)`,
        `Raw single-row INSERTs with pg, ${CONNECTIONS} connections, ${SECONDS} s: ${result.rawInsertsPerSecond} rows/s`,
        `Ratio API / raw: ${result.ratio} (target ≥ 0.30); batched target ≥ 20,000 events/s`,
        '',
      ].join('\n'),
    );
    console.log(JSON.stringify(result));
  } finally {
    await api.stop();
    await db.close();
  }
}

/** A request whose JSON body is built anew for every send, so each carries fresh idempotency keys. */
function postEach(body: () => unknown): autocannon.Request {
  return { method: 'POST', setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }) };
}

async function cannon(opts: autocannon.Options): Promise<{ ok: number; non2xx: number; p99: number }> {
  const result = await autocannon({ ...opts, timeout: 30 });
  const ok = result['2xx'];
  return { ok, non2xx: result.non2xx + result.errors + result.timeouts, p99: result.latency.p99 };
}

/** The same row shape the API writes, one autocommitted INSERT per round trip. */
async function rawInserts(url: string, run: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  const { rows } = await pool.query(`SELECT id FROM customers WHERE external_id = 'bench-1'`);
  const customerId = rows[0].id as string;
  let count = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          await client.query(
            `INSERT INTO events (type, idempotency_key, customer_id, occurred_at, contact_channel, team, agent, case_id)
             VALUES ('contact', $1, $2, now(), 'phone', 'Infolinia', 'Jan K.', $3)`,
            [`raw-${run}-${worker}-${count}`, customerId, `Z-${count}`],
          );
          count++;
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  return count / SECONDS;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
