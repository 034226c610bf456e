import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { EVENT_CONSUMERS, EventConsumersService } from '@feedloop/events/event-consumers.service';
import { RESPONSE_RECORDED } from '@feedloop/responses/response-events';
import { EVALUATE_RESPONSES, evaluateResponsesJob, sweepJob } from './churn-risk.jobs';
import { FlagRow, FlagWrite, RiskFlagsRepository } from './risk-flags.repository';
import { CustomerLifecycle, RiskSignalsRepository } from './risk-signals.repository';
import { RiskReason, assessRisk, contactsFrom, evidenceKeys, riskScore, windowStart } from './risk-rules';

/** Customers (or queued events) per evaluation transaction: one statement per signal for all of them. */
const EVALUATION_BATCH = 500;
/** The sweep re-reads answers this much before where it stopped: rows commit a moment after the time they carry. */
const SWEEP_OVERLAP_MS = 5 * 60_000;
/** ...and leaves the last seconds to the next run, for the same reason. */
const SWEEP_LAG_MS = 10_000;
/** The sweep walks a backlog (a new install, a long stop) a week at a time, so no step reads an unbounded range. */
const SWEEP_STEP_MS = 7 * 86_400_000;
/** A flag is evaluated again at least this often: its answers age out of the window, its items get resolved. */
const REFRESH_AFTER_MS = 3_600_000;
const REFRESH_BATCH = 2_000;

export interface EvaluationOutcome {
  evaluated: number;
  flagged: number;
  cleared: number;
}

/**
 * Keeps customer_risk_flags current: reads each customer's signals as of an
 * instant, applies the rules (risk-rules.ts) and writes the flag's new state.
 * Idempotent (the same data and instant write the same row) and safe with
 * several workers (customers are locked for their evaluation, and signals are
 * read after the lock, so the last writer saw the newest data).
 */
@Injectable()
export class RiskEvaluationService implements OnModuleInit {
  constructor(
    private readonly flags: RiskFlagsRepository,
    private readonly signals: RiskSignalsRepository,
    private readonly jobs: JobsService,
    private readonly consumers: EventConsumersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(evaluateResponsesJob(this));
    this.jobs.register(sweepJob(this));
    this.jobs.subscribe(RESPONSE_RECORDED, EVALUATE_RESPONSES);
  }

  /** Evaluates these customers as of `asOf` (default: the database's clock once they are locked). */
  async evaluate(customerIds: string[], asOf?: Date): Promise<EvaluationOutcome> {
    const total: EvaluationOutcome = { evaluated: 0, flagged: 0, cleared: 0 };
    const ids = [...new Set(customerIds)].sort();
    for (let i = 0; i < ids.length; i += EVALUATION_BATCH) {
      const part = await this.flags.transaction((m) => this.evaluateBatch(ids.slice(i, i + EVALUATION_BATCH), asOf, m));
      total.evaluated += part.evaluated;
      total.flagged += part.flagged;
      total.cleared += part.cleared;
    }
    return total;
  }

  async evaluateResponses(responseIds: string[], asOf?: Date): Promise<EvaluationOutcome> {
    return this.evaluate(await this.signals.customersOfResponses(responseIds), asOf);
  }

  /**
   * Evaluates the customers of the events in churn-risk's queue (a contact,
   * a signup or a cancellation changes what the rules read), in the
   * transaction that takes those events off it: each event is handled once
   * however many sweeps and workers drain side by side, and one that
   * committed long after its received_at is not skipped. Returns the events
   * taken and the customers evaluated.
   */
  async evaluateQueuedEvents(asOf?: Date, stopping?: () => boolean): Promise<{ events: number; evaluated: number }> {
    let evaluated = 0;
    const events = await this.consumers.drain(
      EVENT_CONSUMERS.churnRisk,
      EVALUATION_BATCH,
      async (batch, m) => {
        evaluated += (await this.evaluateBatch([...new Set(batch.map((e) => e.customerId))].sort(), asOf, m)).evaluated;
      },
      stopping,
    );
    return { events, evaluated };
  }

  /**
   * Evaluates the customers of queued events, then those touched since the
   * last sweep by answers first given or feedback deadlines passed, then the
   * flags not evaluated for an hour. `now` is a parameter so the benchmark
   * can replay history through this same code. `touched` counts the
   * customers evaluated for events, answers and deadlines.
   */
  async sweep(now = new Date()): Promise<{ events: number; touched: number; refreshed: number }> {
    const queued = await this.evaluateQueuedEvents(now);
    let touched = queued.evaluated;
    const until = new Date(now.getTime() - SWEEP_LAG_MS);
    let from = new Date((await this.flags.sweptUntil()).getTime() - SWEEP_OVERLAP_MS);
    while (from < until) {
      const to = new Date(Math.min(until.getTime(), from.getTime() + SWEEP_STEP_MS));
      const ids = await this.signals.touchedBetween(from, to);
      touched += (await this.evaluate(ids, now)).evaluated;
      await this.flags.setSweptUntil(to);
      from = to;
    }
    const stale = await this.flags.stale(new Date(now.getTime() - REFRESH_AFTER_MS), REFRESH_BATCH);
    const refreshed = (await this.evaluate(stale, now)).evaluated;
    return { events: queued.events, touched, refreshed };
  }

  private async evaluateBatch(customerIds: string[], asOf: Date | undefined, m: EntityManager): Promise<EvaluationOutcome> {
    await this.flags.lockCustomers(customerIds, m);
    const at = asOf ?? new Date((await m.query(`SELECT clock_timestamp() AS now`))[0].now);
    const since = windowStart(at);
    const [lifecycles, existing, responses, contacts, overdue] = [
      await this.signals.lifecycles(customerIds, at, m),
      await this.flags.findByCustomers(customerIds, m),
      await this.signals.responses(customerIds, since, at, m),
      await this.signals.contacts(customerIds, contactsFrom(since), at, m),
      await this.signals.overdueItems(customerIds, at, m),
    ];
    const writes: FlagWrite[] = [];
    const unchanged: string[] = [];
    const erased: string[] = [];
    const outcome: EvaluationOutcome = { evaluated: 0, flagged: 0, cleared: 0 };
    for (const customerId of customerIds) {
      const life = lifecycles.get(customerId);
      if (!life) continue;
      outcome.evaluated++;
      if (life.erased) {
        if (existing.has(customerId)) erased.push(customerId);
        continue;
      }
      const rejoined = rejoinedAt(life);
      const from = rejoined && rejoined > since ? rejoined : since;
      const reasons = isCancelled(life)
        ? []
        : assessRisk(
            {
              responses: responses.get(customerId) ?? [],
              contacts: (contacts.get(customerId) ?? []).filter((c) => !rejoined || c.at > rejoined),
              overdueItems: overdue.get(customerId) ?? [],
            },
            at,
            from,
          );
      const before = existing.get(customerId);
      const next = nextFlagState(before, reasons, isCancelled(life), at);
      if (!next) continue;
      next.customerId = customerId;
      // Most evaluations of a listed customer find what the last one found: only its time is written then.
      if (before && sameState(before, next)) unchanged.push(customerId);
      else writes.push(next);
      if (next.status === 'active') outcome.flagged++;
      if (next.status === 'cleared' && existing.get(customerId)?.status !== 'cleared') outcome.cleared++;
    }
    await this.flags.save(writes, m);
    await this.flags.markEvaluated(unchanged, at, m);
    await this.flags.deleteCustomers(erased, m);
    return outcome;
  }
}

/** Cancelled: the latest cancellation is not followed by a signup. */
function isCancelled(life: CustomerLifecycle): boolean {
  return life.cancelledAt !== null && (life.signedUpAt === null || life.signedUpAt < life.cancelledAt);
}

/** A signup after an earlier cancellation: the customer came back, and signals count from then on. */
function rejoinedAt(life: CustomerLifecycle): Date | null {
  return life.cancelledAt && life.signedUpAt && life.signedUpAt >= life.cancelledAt ? life.signedUpAt : null;
}

/**
 * A flag's next state (null: nothing to write). A cancelled customer leaves
 * the list, keeping the reasons it had (what was seen before they left); one
 * with no signal left is cleared; a dismissed flag stays dismissed until a
 * piece of evidence appears that was not there when it was dismissed.
 */
export function nextFlagState(existing: FlagRow | undefined, reasons: RiskReason[], cancelled: boolean, at: Date): FlagWrite | null {
  const live = existing && existing.status !== 'cleared' ? existing : undefined;
  const base = { customerId: existing?.customerId ?? '', lastEvaluatedAt: at, clearedAt: null, clearedReason: null };
  if (cancelled || !reasons.length) {
    if (!live) return null;
    return {
      ...base,
      status: 'cleared',
      reasons: cancelled ? live.reasons : [],
      score: cancelled ? live.score : 0,
      firstFlaggedAt: live.firstFlaggedAt,
      clearedAt: at,
      clearedReason: cancelled ? 'cancelled' : 'no_signals',
      dismissedEvidence: [],
    };
  }
  const score = riskScore(reasons);
  if (live?.status === 'dismissed') {
    const dismissed = new Set(live.dismissedEvidence);
    if (!evidenceKeys(reasons).some((k) => !dismissed.has(k))) {
      return { ...base, status: 'dismissed', reasons, score, firstFlaggedAt: live.firstFlaggedAt, dismissedEvidence: live.dismissedEvidence };
    }
    return { ...base, status: 'active', reasons, score, firstFlaggedAt: at, dismissedEvidence: [] };
  }
  return { ...base, status: 'active', reasons, score, firstFlaggedAt: live?.firstFlaggedAt ?? at, dismissedEvidence: [] };
}

function sameState(row: FlagRow, next: FlagWrite): boolean {
  return (
    row.status === next.status &&
    row.score === next.score &&
    row.firstFlaggedAt.getTime() === next.firstFlaggedAt.getTime() &&
    (row.clearedAt?.getTime() ?? null) === (next.clearedAt?.getTime() ?? null) &&
    row.clearedReason === next.clearedReason &&
    canonical(row.dismissedEvidence) === canonical(next.dismissedEvidence) &&
    canonical(row.reasons) === canonical(next.reasons)
  );
}

/** JSON with object keys sorted: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
