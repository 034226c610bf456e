import '../scripts/register-paths';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { ChurnRiskModule } from '@feedloop/churn-risk/churn-risk.module';
import { RiskEvaluationService } from '@feedloop/churn-risk/risk-evaluation.service';
import { RISK_REASON_KINDS } from '@feedloop/churn-risk/risk-rules';
import { loadConfig } from '@feedloop/core/config/load-config';
import { CoreModule } from '@feedloop/core/core.module';
import { benchDatabase, round } from './harness';

/**
 * bench:churn-warning — how many cancellations the early warning flagged
 * beforehand, on a deterministic fixture (seeded random) of customers,
 * contacts, survey answers and feedback items whose churners behave
 * differently before they leave, with plenty of noise. The fixture is written
 * into a database of its own a simulated day at a time, and after each day
 * RiskEvaluationService.sweep (the job's own code) runs as of that day's end,
 * so every flag is decided from what was known then, never with hindsight.
 *
 * The behaviour is ASSUMED (there is no real churn data in the repo): the
 * figures say how the rules do on these assumptions, not on your customers.
 * Assumptions, per customer over the period:
 * - 12% cancel, on a day uniform over days 45..end (a history before it).
 * - Contacts: a Poisson rate of 1 per 40 days times a per-customer factor
 *   (log-normal, sigma 0.6: some customers call a lot and never leave).
 * - 65% of churners show a pre-churn phase of 14–75 days before cancelling
 *   (the other 35% leave silently): contacts 3x as often, detractor NPS 55%
 *   of answers (else 18%), CSAT 1–2 35% (else 10%).
 * - A post-contact CSAT is answered after 30% of contacts; an NPS survey
 *   every 90 days (random phase) is answered 25% of the time. Each customer's
 *   odds of a low score carry a log-normal factor (sigma 0.5: chronic grumblers).
 * - Every dissatisfied answer (NPS 0–6, CSAT 1–2) opens a feedback item
 *   (SLA: acknowledge 8 h, resolve 5 days). Handling does not depend on the
 *   customer: acknowledged within 8 h 85% of the time (else 8–48 h);
 *   resolved within 5 days 75%, in 5–15 days 20%, never 5%.
 */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 2_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 182);
const SEED = Number(process.env.BENCH_SEED ?? 20_261_202);
const START = new Date('2026-01-01T00:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A cancellation within this many days of a flag counts for it (precision); a flag this long before a cancellation counts as warning (recall). */
const HORIZON_DAYS = 60;

const CHURN_SHARE = 0.12;
const SIGNALLING_SHARE = 0.65;
const CONTACTS_PER_DAY = 1 / 40;
const PHASE_CONTACT_FACTOR = 3;
const CSAT_ANSWER_RATE = 0.3;
const NPS_EVERY_DAYS = 90;
const NPS_ANSWER_RATE = 0.25;
const P_NPS_DETRACTOR = { calm: 0.18, phase: 0.55 };
const P_CSAT_LOW = { calm: 0.1, phase: 0.35 };

interface SimCustomer {
  index: number;
  id: string;
  cancelAt: Date | null;
  phaseFrom: Date | null;
  contactFactor: number;
  grumble: number;
  npsPhase: number;
}
interface SimEvent {
  customer: number;
  type: 'contact' | 'cancellation';
  at: Date;
}
interface SimAnswer {
  customer: number;
  metric: 'nps' | 'csat';
  score: number;
  at: Date;
  item: { ackAt: Date | null; resolvedAt: Date | null } | null;
}

/** mulberry32: small, fast, and the same numbers on every machine for a seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate(random: () => number) {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(weights: Array<[T, number]>): T => {
    let r = random() * weights.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of weights) if ((r -= w) < 0) return v;
    return weights[weights.length - 1][0];
  };
  const at = (day: number, hourFrom = 7, hourTo = 21) => new Date(START.getTime() + day * DAY + (hourFrom + random() * (hourTo - hourFrom)) * HOUR);

  const customers: SimCustomer[] = [];
  const events: SimEvent[] = [];
  const answers: SimAnswer[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const churns = random() < CHURN_SHARE;
    const cancelAt = churns ? at(45 + Math.floor(random() * (DAYS - 45))) : null;
    const signalling = churns && random() < SIGNALLING_SHARE;
    const phaseFrom = signalling ? new Date(cancelAt!.getTime() - (14 + random() * 61) * DAY) : null;
    customers.push({
      index: i,
      id: '',
      cancelAt,
      phaseFrom,
      contactFactor: Math.exp(0.6 * normal() - 0.18),
      grumble: Math.exp(0.5 * normal() - 0.125),
      npsPhase: Math.floor(random() * NPS_EVERY_DAYS),
    });
  }

  const inPhase = (c: SimCustomer, t: Date) => c.phaseFrom !== null && t >= c.phaseFrom;
  const lowScore = (c: SimCustomer, metric: 'nps' | 'csat', t: Date) => {
    const base = metric === 'nps' ? P_NPS_DETRACTOR : P_CSAT_LOW;
    return random() < Math.min(0.95, (inPhase(c, t) ? base.phase : base.calm) * c.grumble);
  };
  const score = (c: SimCustomer, metric: 'nps' | 'csat', t: Date): number => {
    if (metric === 'nps') {
      if (lowScore(c, 'nps', t)) return pick([[0, 1], [1, 1], [2, 1], [3, 2], [4, 2], [5, 3], [6, 4]]);
      return pick([[7, 2], [8, 3], [9, 4], [10, 4]]);
    }
    if (lowScore(c, 'csat', t)) return pick([[1, 1], [2, 1]]);
    return pick([[3, 2], [4, 4], [5, 5]]);
  };
  const item = (t: Date) => {
    const ackAt = random() < 0.85 ? new Date(t.getTime() + random() * 8 * HOUR) : new Date(t.getTime() + (8 + random() * 40) * HOUR);
    const r = random();
    const resolvedAt = r < 0.75 ? new Date(Math.max(ackAt.getTime(), t.getTime() + random() * 5 * DAY)) : r < 0.95 ? new Date(t.getTime() + (5 + random() * 10) * DAY) : null;
    return { ackAt, resolvedAt };
  };
  const answer = (c: SimCustomer, metric: 'nps' | 'csat', t: Date) => {
    const s = score(c, metric, t);
    const dissatisfied = metric === 'nps' ? s <= 6 : s <= 2;
    answers.push({ customer: c.index, metric, score: s, at: t, item: dissatisfied ? item(new Date(t.getTime() + 5 * 60_000)) : null });
  };

  for (const c of customers) {
    for (let day = 0; day < DAYS; day++) {
      const dayStart = new Date(START.getTime() + day * DAY);
      if (c.cancelAt && dayStart > c.cancelAt) break;
      const rate = CONTACTS_PER_DAY * c.contactFactor * (inPhase(c, dayStart) ? PHASE_CONTACT_FACTOR : 1);
      // Poisson by inversion: a day may hold more than one contact.
      let contacts = 0;
      let p = Math.exp(-rate);
      let cumulative = p;
      const u = random();
      while (u > cumulative) {
        contacts++;
        p *= rate / contacts;
        cumulative += p;
      }
      for (let k = 0; k < contacts; k++) {
        const t = at(day, 8, 18);
        if (c.cancelAt && t >= c.cancelAt) continue;
        events.push({ customer: c.index, type: 'contact', at: t });
        if (random() < CSAT_ANSWER_RATE) answer(c, 'csat', new Date(t.getTime() + (1 + random() * 20) * HOUR));
      }
      if ((day - c.npsPhase) % NPS_EVERY_DAYS === 0 && day >= c.npsPhase && random() < NPS_ANSWER_RATE) answer(c, 'nps', at(day, 9, 22));
    }
    if (c.cancelAt) events.push({ customer: c.index, type: 'cancellation', at: c.cancelAt });
  }
  // Nothing of a churner after their cancellation (a CSAT asked before it may be answered after: dropped too).
  const kept = answers.filter((a) => !customers[a.customer].cancelAt || a.at < customers[a.customer].cancelAt!);
  return { customers, events, answers: kept };
}

async function main(): Promise<void> {
  const wallStarted = Date.now();
  const { customers, events, answers } = generate(rng(SEED));
  const db = await benchDatabase();
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  const app = await NestFactory.createApplicationContext(
    {
      module: class ChurnWarningBenchModule {},
      imports: [
        CoreModule.forRoot(
          loadConfig({ NODE_ENV: 'production', DATABASE_URL: db.url, SESSION_SECRET: randomBytes(32).toString('hex'), WORKERS: 'off', LOG_LEVEL: 'warn' }),
        ),
        ChurnRiskModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  try {
    const ids: Array<{ id: string }> = (
      await sql.query(
        `INSERT INTO customers (external_id, name, locale, time_zone, created_at, updated_at)
         SELECT 'bench-' || n, 'Customer ' || n, 'pl', 'Europe/Warsaw', $2, $2 FROM generate_series(1, $1) n ORDER BY n RETURNING id`,
        [CUSTOMERS, new Date(START.getTime() - 365 * DAY)],
      )
    ).rows;
    ids.forEach((r, i) => (customers[i].id = r.id));
    const surveys = new Map<string, string>(
      (await sql.query(`SELECT DISTINCT ON (metric) metric, id FROM surveys WHERE metric IN ('nps', 'csat') ORDER BY metric, created_at`)).rows.map((r) => [r.metric, r.id]),
    );
    const [{ id: departmentId, ack_sla_hours: ackHours, resolve_sla_days: resolveDays }] = (
      await sql.query(`SELECT id, ack_sla_hours, resolve_sla_days FROM departments WHERE key = 'customer_service'`)
    ).rows;
    // The install starts on the fixture's first day: the sweep looks from there.
    await sql.query(`UPDATE churn_risk_sweep_state SET swept_until = $1`, [START]);

    const evaluation = app.get(RiskEvaluationService);
    const itemIds = new Map<SimAnswer, string>();
    const activeSnapshots = new Map<number, Array<{ t: number; since: number }>>();
    const episodes = new Map<string, { customer: number; start: number; kinds: Set<string> }>();
    const byId = new Map(customers.map((c) => [c.id, c]));
    let evaluateMs = 0;
    let evaluateCpuMs = 0;

    for (let day = 0; day < DAYS; day++) {
      const from = START.getTime() + day * DAY;
      const to = from + DAY;
      const inDay = (t: Date | null) => t !== null && t.getTime() >= from && t.getTime() < to;
      const dayEvents = events.filter((e) => inDay(e.at));
      if (dayEvents.length) {
        await sql.query(
          `INSERT INTO events (type, idempotency_key, customer_id, occurred_at, received_at, contact_channel)
           SELECT t, 'bench-' || gen_random_uuid(), c, o, o + interval '2 minutes', CASE WHEN t = 'contact' THEN 'phone' END
           FROM unnest($1::text[], $2::uuid[], $3::timestamptz[]) AS x(t, c, o)`,
          [dayEvents.map((e) => e.type), dayEvents.map((e) => customers[e.customer].id), dayEvents.map((e) => e.at)],
        );
      }
      const dayAnswers = answers.filter((a) => inDay(a.at));
      if (dayAnswers.length) {
        // Ids made here, so invitations, responses and items go in as three set-based statements.
        const rows = dayAnswers.map((a) => ({ a, invitation: randomUUID(), response: randomUUID(), item: a.item ? randomUUID() : null, survey: surveys.get(a.metric)! }));
        await sql.query(
          `INSERT INTO invitations (id, survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, answered_at)
           SELECT i, s, c, 'email', 'pl', 'bench-' || i, 'answered', t - interval '1 hour', t + interval '7 days', t - interval '1 hour', t
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS x(i, s, c, t)`,
          [rows.map((r) => r.invitation), rows.map((r) => r.survey), rows.map((r) => customers[r.a.customer].id), rows.map((r) => r.a.at)],
        );
        await sql.query(
          `INSERT INTO responses (id, invitation_id, survey_id, customer_id, metric, score, source, channel, created_at, updated_at)
           SELECT r, i, s, c, m, sc, 'email_link', 'email', t, t
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::timestamptz[]) AS x(r, i, s, c, m, sc, t)`,
          [rows.map((r) => r.response), rows.map((r) => r.invitation), rows.map((r) => r.survey), rows.map((r) => customers[r.a.customer].id),
           rows.map((r) => r.a.metric), rows.map((r) => r.a.score), rows.map((r) => r.a.at)],
        );
        const withItems = rows.filter((r) => r.item);
        if (withItems.length) {
          // Routing opens the item a few minutes after the answer, with the department's deadlines.
          await sql.query(
            `INSERT INTO feedback_items (id, response_id, department_id, customer_id, survey_id, invitation_id, metric, score, locale, reason, status,
                                         acknowledge_by, resolve_by, created_at, updated_at)
             SELECT f, r, $8, c, s, i, m, sc, 'pl', 'score', 'new', t + make_interval(hours => $9), t + make_interval(days => $10), t, t
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $11::timestamptz[]) AS x(f, r, c, s, i, m, sc, t)`,
            [withItems.map((r) => r.item), withItems.map((r) => r.response), withItems.map((r) => customers[r.a.customer].id), withItems.map((r) => r.survey),
             withItems.map((r) => r.invitation), withItems.map((r) => r.a.metric), withItems.map((r) => r.a.score), departmentId, ackHours, resolveDays,
             withItems.map((r) => new Date(r.a.at.getTime() + 5 * 60_000))],
          );
          for (const r of withItems) itemIds.set(r.a, r.item!);
        }
      }
      // Staff work the items as the days pass: acknowledgements and resolutions of this day.
      const acks: Array<[string, Date]> = [];
      const resolutions: Array<[string, Date]> = [];
      for (const [a, id] of itemIds) {
        if (inDay(a.item!.ackAt)) acks.push([id, a.item!.ackAt!]);
        if (inDay(a.item!.resolvedAt)) {
          resolutions.push([id, a.item!.resolvedAt!]);
          itemIds.delete(a);
        }
      }
      if (acks.length) {
        await sql.query(
          `UPDATE feedback_items f SET status = 'acknowledged', acknowledged_at = x.t, updated_at = x.t
           FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, t) WHERE f.id = x.id AND f.status = 'new'`,
          [acks.map(([id]) => id), acks.map(([, t]) => t)],
        );
      }
      if (resolutions.length) {
        await sql.query(
          `UPDATE feedback_items f SET status = 'resolved', resolved_at = x.t, resolution_note = 'done', updated_at = x.t
           FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, t) WHERE f.id = x.id`,
          [resolutions.map(([id]) => id), resolutions.map(([, t]) => t)],
        );
      }

      const evaluateStarted = Date.now();
      const cpuBefore = process.cpuUsage();
      await evaluation.sweep(new Date(to));
      evaluateMs += Date.now() - evaluateStarted;
      const cpuUsed = process.cpuUsage(cpuBefore);
      evaluateCpuMs += (cpuUsed.user + cpuUsed.system) / 1000;

      const active: Array<{ customer_id: string; first_flagged_at: Date; kinds: string[] }> = (
        await sql.query(
          `SELECT customer_id, first_flagged_at, ARRAY(SELECT DISTINCT r->>'kind' FROM jsonb_array_elements(reasons) r) AS kinds
           FROM customer_risk_flags WHERE status = 'active'`,
        )
      ).rows;
      for (const row of active) {
        const c = byId.get(row.customer_id)!;
        const since = row.first_flagged_at.getTime();
        const list = activeSnapshots.get(c.index) ?? [];
        list.push({ t: to, since });
        activeSnapshots.set(c.index, list);
        const key = `${c.index}:${since}`;
        const episode = episodes.get(key) ?? { customer: c.index, start: since, kinds: new Set<string>() };
        for (const k of row.kinds) episode.kinds.add(k);
        episodes.set(key, episode);
      }
    }

    // The sweep's statements ran on the DataSource's pooled connections: their backends' CPU, read while they live.
    const backends: number[] = (await sql.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows.map((r) => r.pid);
    const backendCpuSeconds = backends.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const end = START.getTime() + DAYS * DAY;
    const horizon = HORIZON_DAYS * DAY;
    const cancellations = customers.filter((c) => c.cancelAt);
    const leads: number[] = [];
    for (const c of cancellations) {
      const cancel = c.cancelAt!.getTime();
      const before = (activeSnapshots.get(c.index) ?? []).filter((s) => s.t < cancel && s.t >= cancel - horizon);
      if (before.length) leads.push((cancel - Math.min(...before.map((s) => s.since))) / DAY);
    }
    const judged = [...episodes.values()].filter((e) => e.start <= end - horizon);
    const hits = judged.filter((e) => {
      const cancel = customers[e.customer].cancelAt?.getTime();
      return cancel !== undefined && cancel >= e.start && cancel <= e.start + horizon;
    });
    const firstFlags = new Map<number, number>();
    for (const e of judged) firstFlags.set(e.customer, Math.min(e.start, firstFlags.get(e.customer) ?? Infinity));
    const customerHits = [...firstFlags].filter(([i, start]) => {
      const cancel = customers[i].cancelAt?.getTime();
      return cancel !== undefined && cancel >= start && cancel <= start + horizon;
    }).length;
    // How often a customer picked at random on a random day cancels within the horizon: what precision is to beat.
    let alive = 0;
    let leaving = 0;
    for (let t = START.getTime() + DAY; t <= end - horizon; t += DAY) {
      for (const c of customers) {
        const cancel = c.cancelAt?.getTime() ?? Infinity;
        if (cancel <= t) continue;
        alive++;
        if (cancel <= t + horizon) leaving++;
      }
    }
    const signalling = cancellations.filter((c) => c.phaseFrom);
    const signallingFlagged = signalling.filter((c) => (activeSnapshots.get(c.index) ?? []).some((s) => s.t < c.cancelAt!.getTime() && s.t >= c.cancelAt!.getTime() - horizon)).length;
    leads.sort((a, b) => a - b);
    const median = leads.length ? (leads.length % 2 ? leads[(leads.length - 1) / 2] : (leads[leads.length / 2 - 1] + leads[leads.length / 2]) / 2) : null;
    const recall = leads.length / cancellations.length;
    const precision = hits.length / judged.length;
    const baseRate = leaving / alive;

    console.log(`fixture: ${CUSTOMERS} customers, ${DAYS} days from ${START.toISOString().slice(0, 10)}, seed ${SEED}`);
    console.log(`  ${events.filter((e) => e.type === 'contact').length} contacts, ${answers.length} answers, ${answers.filter((a) => a.item).length} feedback items, ${cancellations.length} cancellations (${signalling.length} with a pre-churn phase)`);
    console.log(
      `evaluation: RiskEvaluationService.sweep after each simulated day, ${(evaluateMs / 1000).toFixed(1)} s in all ` +
        `(CPU: ${(evaluateCpuMs / 1000).toFixed(1)} s in this process, ${backendCpuSeconds.toFixed(1)} s in its PostgreSQL backends, the fixture's writes included)`,
    );
    console.log(`recall: ${leads.length} of ${cancellations.length} cancellations were on the list in the ${HORIZON_DAYS} days before (${(recall * 100).toFixed(1)}%); of those with a pre-churn phase ${signallingFlagged} of ${signalling.length}`);
    console.log(`precision: ${hits.length} of ${judged.length} flaggings (up to ${HORIZON_DAYS} days before the end) were followed by a cancellation within ${HORIZON_DAYS} days (${(precision * 100).toFixed(1)}%); per customer, first flag: ${customerHits} of ${firstFlags.size}`);
    console.log(`  base rate: a customer on a random day cancels within ${HORIZON_DAYS} days ${(baseRate * 100).toFixed(1)}% of the time (lift ${(precision / baseRate).toFixed(1)}x)`);
    for (const kind of RISK_REASON_KINDS) {
      const withKind = judged.filter((e) => e.kinds.has(kind));
      const alone = withKind.filter((e) => e.kinds.size === 1);
      const hit = (list: typeof judged) => list.filter((e) => hits.includes(e)).length;
      console.log(
        `  ${kind.padEnd(16)} in ${String(withKind.length).padStart(4)} flaggings, ${((hit(withKind) / Math.max(1, withKind.length)) * 100).toFixed(1)}% followed by a cancellation; ` +
          `alone in ${alone.length}, ${((hit(alone) / Math.max(1, alone.length)) * 100).toFixed(1)}%`,
      );
    }
    console.log(`lead time: median ${median === null ? '-' : median.toFixed(1)} days (quartiles ${leads.length ? `${leads[Math.floor(leads.length / 4)].toFixed(1)}–${leads[Math.floor((3 * leads.length) / 4)].toFixed(1)}` : '-'})`);
    const cpu = process.cpuUsage();
    console.log(`took ${((Date.now() - wallStarted) / 1000).toFixed(1)} s (this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; PostgreSQL apart)`);
    console.log(JSON.stringify({ bench: 'churn-warning', recall: round(recall, 3), precision: round(precision, 3), medianLeadDays: median === null ? null : round(median, 1) }));
  } finally {
    await app.close();
    await sql.end();
    await db.close();
  }
}

/** User + system CPU time of a local process so far, from /proc (Linux); 0 when it is not readable (a remote server). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
