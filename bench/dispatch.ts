import '../scripts/register-paths';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { JOB_SCHEMA } from '@feedloop/core/jobs/jobs.service';
import { listUnsubscribeHeaders } from '@feedloop/delivery/providers/email/email-provider';
import { SurveyEntity } from '@feedloop/surveys/survey.entity';
import { SurveyMessageRenderer } from '@feedloop/surveys/survey-message.renderer';
import { SEND_INVITATION } from '@feedloop/surveys/surveys.jobs';
import { benchDatabase, round, samplePeakRss, startApi } from './harness';

/**
 * bench:dispatch — how fast due invitations leave through the real job queue
 * and SMTP provider (API process with WORKERS=on), against a bare nodemailer
 * pool of the same size sending the same rendered message to the same sink:
 * the ceiling for e-mail from one Node process.
 */
const INVITATIONS = Number(process.env.BENCH_INVITATIONS ?? 20_000);
const POOL_SIZE = Number(process.env.BENCH_SMTP_POOL_SIZE ?? 5);
const PUBLIC_URL = 'https://feedback.example.com';
const FROM = 'Feedloop <ankiety@feedloop.test>';
/** Jobs become due this long after seeding starts, so the measured run begins with all of them queued. */
const START_DELAY_MS = 5_000;
const TIMEOUT_MS = 15 * 60_000;

/** Accepts every message and throws it away: the bench measures the sender, not the receiver. */
async function startSink(): Promise<{ url: string; port: number; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  // The first process on a new database trains the default theme model (seconds of CPU, a
  // passing peak of memory); an installation does that once, so the measured sender starts
  // on a database that has its model, as every later start does.
  await (await startApi(db.url, { WORKERS: 'off' })).stop();
  const sink = await startSink();
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    await pg.query(
      `INSERT INTO customers (external_id, name, email, locale, time_zone)
       SELECT 'bench-' || i, 'Customer ' || i, 'c' || i || '@example.com', CASE WHEN i % 2 = 0 THEN 'pl' ELSE 'en' END, 'Europe/Warsaw'
       FROM generate_series(1, $1) i`,
      [INVITATIONS],
    );
    const [survey] = (await pg.query(`SELECT * FROM surveys WHERE kind = 'post_contact'`)).rows;
    // Due now, e-mail first: what the scheduler writes for a contact event whose delay has passed.
    await pg.query(
      `INSERT INTO invitations (survey_id, customer_id, locale, token, due_at, expires_at)
       SELECT $1, c.id, c.locale, md5(random()::text) || md5(c.id::text), now(), now() + interval '7 days' FROM customers c`,
      [survey.id],
    );
    await pg.query('ANALYZE');

    const api = await startApi(db.url, { WORKERS: 'on', SMTP_URL: sink.url, SMTP_FROM: FROM, SMTP_POOL_SIZE: String(POOL_SIZE), PUBLIC_URL });
    let measured: { seconds: number; sent: number; other: Record<string, number> };
    let peakRssMb: number;
    let cpu: number;
    try {
      const start = new Date(Date.now() + START_DELAY_MS);
      await queueSendJobs(db.url, pg, start);
      await new Promise((r) => setTimeout(r, Math.max(0, start.getTime() - Date.now())));
      const cpuBefore = cpuSeconds(api.process.pid!);
      const run = await samplePeakRss(api.process.pid!, () => waitUntilSettled(pg, start));
      cpu = cpuSeconds(api.process.pid!) - cpuBefore;
      measured = run.result;
      peakRssMb = run.peakRssMb;
    } finally {
      await api.stop();
    }

    const rawSeconds = await rawPool(sink.url, survey, sink);
    const messagesPerSecond = measured.sent / measured.seconds;
    const rawMessagesPerSecond = INVITATIONS / rawSeconds;
    const result = {
      bench: 'dispatch',
      messagesPerSecond: round(messagesPerSecond),
      rawMessagesPerSecond: round(rawMessagesPerSecond),
      ratio: round(messagesPerSecond / rawMessagesPerSecond, 3),
      peakRssMb,
    };
    const other = Object.entries(measured.other).map(([status, n]) => `${n} ${status}`);
    console.log(
      [
        '',
        `${INVITATIONS} due invitations through pg-boss and SMTP (pool of ${POOL_SIZE}): ${measured.sent} sent in ${round(measured.seconds, 2)} s = ${result.messagesPerSecond} messages/s${other.length ? ` (also ${other.join(', ')})` : ''}`,
        `Peak RSS of the sending API process: ${peakRssMb} MB (target < 300 MB); its CPU: ${round(cpu, 1)} s (${round((cpu / measured.seconds) * 100)}% of one core)`,
        `Bare nodemailer pool of ${POOL_SIZE}, same message, same sink: ${INVITATIONS} in ${round(rawSeconds, 2)} s = ${result.rawMessagesPerSecond} messages/s`,
        `Ratio: ${result.ratio} (target ≥ 0.5); the sink accepted ${sink.received()} messages in all`,
        '',
      ].join('\n'),
    );
    console.log(JSON.stringify(result));
  } finally {
    await pg.end();
    await sink.close();
    await db.close();
  }
}

/** User + system CPU time of a process so far, from /proc. */
function cpuSeconds(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th of the whole line.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** One send job per invitation, as the scheduler queues them, inserted through pg-boss in bulk. */
async function queueSendJobs(url: string, pg: Client, startAfter: Date): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false, max: 2 });
  boss.on('error', (err) => console.error(`pg-boss: ${err.message}`));
  await boss.start();
  try {
    const { rows } = await pg.query<{ id: string }>('SELECT id FROM invitations ORDER BY id');
    for (let i = 0; i < rows.length; i += 5000) {
      await boss.insert(rows.slice(i, i + 5000).map((r) => ({ name: SEND_INVITATION, data: { invitationId: r.id }, startAfter, singletonKey: r.id })));
    }
    if (Date.now() > startAfter.getTime()) throw new Error('seeding the jobs took longer than START_DELAY_MS; raise it');
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Polls the outbox until no invitation is waiting; the run ends at the last send recorded. */
async function waitUntilSettled(pg: Client, start: Date): Promise<{ seconds: number; sent: number; other: Record<string, number> }> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const { rows } = await pg.query<{ status: string; n: number; last: Date | null }>(
      'SELECT status, count(*)::int AS n, max(sent_at) AS last FROM invitations GROUP BY status',
    );
    const waiting = rows.filter((r) => r.status === 'scheduled' || r.status === 'sending').reduce((sum, r) => sum + r.n, 0);
    if (waiting === 0) {
      const sent = rows.find((r) => r.status === 'sent');
      const other = Object.fromEntries(rows.filter((r) => r.status !== 'sent').map((r) => [r.status, r.n]));
      return { seconds: (sent!.last!.getTime() - start.getTime()) / 1000, sent: sent?.n ?? 0, other };
    }
    if (Date.now() > deadline) throw new Error(`${waiting} invitations still waiting after ${TIMEOUT_MS / 60_000} minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The same rendered invitation e-mail, INVITATIONS times, through a bare nodemailer pool; returns the seconds taken. */
async function rawPool(url: string, survey: Record<string, unknown>, sink: { received: () => number }): Promise<number> {
  const renderer = new SurveyMessageRenderer(Object.assign(new HttpConfig(), { publicUrl: PUBLIC_URL }));
  const entity = Object.assign(new SurveyEntity(), {
    ...survey,
    followUp: survey.follow_up,
    triggerFilters: survey.trigger_filters,
    templates: survey.templates,
  }) as SurveyEntity;
  const message = renderer.renderEmail(entity, { locale: 'pl', token: 'd41d8cd98f00b204e9800998ecf8427e0cc175b9c0f1b6a831c399e269772661', customerName: 'Customer 1' });
  const transport = createTransport({ url, pool: true, maxConnections: POOL_SIZE }, { from: FROM });
  const before = sink.received();
  const started = process.hrtime.bigint();
  let next = 0;
  // As many in flight as the dispatcher keeps, so the pool always has the next message ready.
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < INVITATIONS) {
        const i = next++;
        await transport.sendMail({
          to: `c${i + 1}@example.com`,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: listUnsubscribeHeaders(message.unsubscribeUrl),
          messageId: `<invitation-raw-${i}@feedloop.test>`,
        });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  transport.close();
  if (sink.received() - before !== INVITATIONS) throw new Error(`the sink got ${sink.received() - before} of ${INVITATIONS} raw messages`);
  return seconds;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
