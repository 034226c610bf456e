import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from './database';
import { FeedloopProcess, ensureBuild, runKey, startProcess } from './processes';
import { SmtpCapture } from './smtp-capture';

const INVITATIONS = 2000;
const KILL_AFTER = 700;

/**
 * Issue 12 proof (slow: ~40 s): a workers process killed with SIGKILL in the
 * middle of sending 2,000 invitations, then started again. Every invitation
 * is sent. A message is sent twice only if the SMTP server had accepted it
 * but the dead process had not yet recorded that (the last commit or so
 * before the kill): the test counts those exactly and expects each to be
 * the one second copy, with the same Message-ID.
 */
describe('a workers process killed with SIGKILL while sending', () => {
  const key = runKey();
  let db: TestDatabase;
  let pg: Client;
  let smtp: SmtpCapture;
  const running: FeedloopProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    await ensureBuild();
    db = await createTestDatabase();
    smtp = await SmtpCapture.start();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query(
      `INSERT INTO customers (external_id, name, email, locale, time_zone)
       SELECT 'wk-${key}-' || i, 'Customer ' || i, 'wk-${key}-' || i || '@example.com', 'en', 'Europe/Warsaw'
       FROM generate_series(1, $1) i`,
      [INVITATIONS],
    );
    // Due now, as the scheduler writes them for contact events whose delay has passed.
    await pg.query(
      `INSERT INTO invitations (survey_id, customer_id, locale, token, due_at, expires_at)
       SELECT (SELECT id FROM surveys WHERE kind = 'post_contact'), c.id, 'en', md5(random()::text) || md5(c.id::text), now(), now() + interval '7 days'
       FROM customers c`,
    );
    env = { DATABASE_URL: db.url, SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <ankiety@feedloop.test>', PUBLIC_URL: 'https://feedback.example.com' };
  }, 120_000);

  afterAll(async () => {
    await Promise.all(running.map((p) => p.stop()));
    await pg?.end();
    await db?.drop();
    await smtp?.close();
  }, 60_000);

  /** One send job per invitation, as the scheduler queues them. */
  async function queueJobs(): Promise<void> {
    const boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 2 });
    boss.on('error', () => undefined);
    await boss.start();
    try {
      const { rows } = await pg.query<{ id: string }>('SELECT id FROM invitations ORDER BY id');
      await boss.insert(rows.map((r) => ({ name: 'surveys.send-invitation', data: { invitationId: r.id }, singletonKey: r.id })));
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }

  it(`sends all ${INVITATIONS} after a restart; only messages accepted but not yet recorded at the kill go twice, once more each, with the same Message-ID`, async () => {
    const first = await startProcess('workers', env);
    running.push(first);
    await queueJobs();
    await smtp.waitFor(KILL_AFTER);
    await first.kill();
    // Whatever the server was still parsing when the client died is recorded now.
    await new Promise((r) => setTimeout(r, 500));

    const acceptedBeforeRestart = new Map(smtp.messages.map((m) => [m.parsed.messageId!, m.to[0]]));
    const { rows: atKill } = await pg.query<{ id: string; status: string; email: string }>(
      `SELECT i.id, i.status, c.email FROM invitations i JOIN customers c ON c.id = i.customer_id`,
    );
    const recordedSent = new Set(atKill.filter((r) => r.status === 'sent').map((r) => r.email));
    const sending = atKill.filter((r) => r.status === 'sending');
    // Accepted by the server, not recorded as sent: the only ones a restart cannot tell from unsent.
    const unrecorded = [...acceptedBeforeRestart.values()].filter((to) => !recordedSent.has(to));
    expect(acceptedBeforeRestart.size).toBeLessThan(INVITATIONS);
    expect(sending.length).toBeGreaterThan(0);

    const second = await startProcess('workers', env);
    running.push(second);
    const deadline = Date.now() + 180_000;
    for (;;) {
      const { rows } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM invitations WHERE status = 'sent'`);
      if (rows[0].n === INVITATIONS) break;
      if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${INVITATIONS} sent within 180 s of the restart`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 2000));

    const byRecipient = new Map<string, string[]>();
    for (const m of smtp.messages) byRecipient.set(m.to[0], [...(byRecipient.get(m.to[0]) ?? []), m.parsed.messageId!]);
    expect(byRecipient.size).toBe(INVITATIONS);
    const twice = [...byRecipient.entries()].filter(([, ids]) => ids.length > 1);
    // Printed for the record: the figure the README states.
    console.log(`killed after ${acceptedBeforeRestart.size} accepted (${recordedSent.size} recorded sent, ${sending.length} claimed); duplicates at the server: ${twice.length}`);
    expect(twice.map(([to]) => to).sort()).toEqual(unrecorded.sort());
    expect(twice.every(([, ids]) => ids.length === 2 && ids[0] === ids[1])).toBe(true);
    expect(smtp.messages).toHaveLength(INVITATIONS + unrecorded.length);
    // The window is the commit or two after an acceptance: at most the messages in flight at once (8 per fetch loop, 2 loops).
    expect(unrecorded.length).toBeLessThanOrEqual(16);

    const { rows: log } = await pg.query<{ n: number }>(`SELECT count(DISTINCT invitation_id)::int AS n FROM invitation_log WHERE detail LIKE '%interrupted: the workers process sending it stopped%'`);
    expect(log[0].n).toBeGreaterThanOrEqual(unrecorded.length);
  }, 420_000);
});
