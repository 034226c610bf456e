import { randomBytes } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { JobsConfig } from '@feedloop/core/config/app-config';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { CustomerDeliveryProfile, CustomersService } from '@feedloop/customers/customers.service';
import type { UnprocessedEvent } from '@feedloop/events/dto/event.dto';
import { EventsService } from '@feedloop/events/events.service';
import { InvitationInsert, InvitationsRepository, ThrottleMark } from './invitations.repository';
import { SurveyEntity } from './survey.entity';
import { matchesTrigger } from './survey-trigger';
import { SurveysService } from './surveys.service';
import { SEND_INVITATION } from './surveys.jobs';

/** Events per transaction: bounds the locks held and the rows kept in memory, whatever the backlog. */
export const SCHEDULING_BATCH = 500;
const POLL_MS = 2_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

interface Match {
  event: UnprocessedEvent;
  survey: SurveyEntity;
  customer: CustomerDeliveryProfile;
}

/**
 * Turns stored events into invitations. Polls for events not yet processed
 * (only in processes with WORKERS=on); each batch's invitations, their send
 * jobs and the events' processed mark commit in one transaction, so a crash
 * repeats a batch instead of losing or doubling it, and processes running
 * side by side each take different events.
 */
@Injectable()
export class SurveySchedulingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SurveySchedulingService.name);
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly events: EventsService,
    private readonly surveys: SurveysService,
    private readonly customers: CustomersService,
    private readonly repo: InvitationsRepository,
    private readonly jobs: JobsService,
    private readonly jobsConfig: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.jobsConfig.workers) this.running = this.loop();
  }

  /** Lets the batch in progress commit, then stops polling. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.drain();
      } catch (err) {
        this.logger.error(`scheduling invitations failed: ${(err as Error).message}`, (err as Error).stack);
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /**
   * Processes batches until none is full (the backlog is empty, or other
   * processes hold the rest). Returns the number of events processed.
   */
  async drain(now: () => Date = () => new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.events.processUnprocessed(SCHEDULING_BATCH, (events, manager) => this.schedule(events, manager, now()));
      total += n;
      if (n < SCHEDULING_BATCH || this.stopping) return total;
    }
  }

  /**
   * One event that cannot be scheduled (a row breaking a constraint, a bug)
   * must not hold up every event behind it forever: when the batch fails, its
   * events are tried one by one, and one that fails alone is logged and
   * left processed without invitations. Failures that may pass (lost
   * connection, deadlock) fail the whole transaction instead, so the batch
   * is simply tried again later.
   */
  private async schedule(events: UnprocessedEvent[], manager: EntityManager, now: Date): Promise<void> {
    try {
      await inSavepoint(manager, () => this.scheduleTogether(events, manager, now));
      return;
    } catch (err) {
      if (isTransientDatabaseError(err)) throw err;
      if (events.length > 1) this.logger.warn(`scheduling ${events.length} events together failed (${(err as Error).message}); trying them one by one`);
    }
    for (const event of events) {
      try {
        await inSavepoint(manager, () => this.scheduleTogether([event], manager, now));
      } catch (err) {
        if (isTransientDatabaseError(err)) throw err;
        this.logger.error(`no invitation could be made for event ${event.id}; it is skipped: ${(err as Error).message}`);
      }
    }
  }

  private async scheduleTogether(events: UnprocessedEvent[], manager: EntityManager, now: Date): Promise<void> {
    const matches = await this.match(events, manager);
    if (!matches.length) return;

    const customerIds = [...new Set(matches.map((m) => m.customer.id))];
    await this.repo.lockCustomers(customerIds, manager);
    const longestWindowMs = Math.max(0, ...matches.map((m) => m.survey.throttleDays)) * DAY_MS;
    const earliestDue = Math.min(...matches.map((m) => dueAt(m).getTime()));
    const marks = longestWindowMs
      ? await this.repo.throttleMarksForScheduling(customerIds, new Date(earliestDue - longestWindowMs), manager)
      : [];

    const rows = matches.map((m) => this.decide(m, marks, now));
    const inserted = await this.repo.insertMany(rows, manager);
    const jobs: PgBoss.JobInsert[] = inserted
      .filter((i) => i.status === 'scheduled')
      .map((i) => ({ name: SEND_INVITATION, data: { invitationId: i.id }, startAfter: i.dueAt, singletonKey: i.id }));
    await this.jobs.insert(jobs, { db: jobsDbOf(manager) });
  }

  /** Every (event, active survey) pair whose trigger rule the event meets, in event then survey order. */
  private async match(events: UnprocessedEvent[], manager: EntityManager): Promise<Match[]> {
    const surveysByType = new Map<string, SurveyEntity[]>();
    for (const type of new Set(events.map((e) => e.type))) surveysByType.set(type, await this.surveys.listActiveForTrigger(type));
    const triggering = events.filter((e) => surveysByType.get(e.type)!.length > 0);
    if (!triggering.length) return [];

    const customers = await this.customers.findForDelivery(triggering.map((e) => e.customerId), manager);
    const matches: Match[] = [];
    for (const event of triggering) {
      const customer = customers.get(event.customerId);
      // An erased customer is asked nothing; their events stay for statistics.
      if (!customer || customer.erased) continue;
      for (const survey of surveysByType.get(event.type)!) {
        if (matchesTrigger(survey, event, customer.attributes)) matches.push({ event, survey, customer });
      }
    }
    return matches;
  }

  private decide(m: Match, marks: ThrottleMark[], now: Date): InvitationInsert {
    const due = dueAt(m);
    const expires = new Date(due.getTime() + m.survey.expiryHours * HOUR_MS);
    const row = {
      surveyId: m.survey.id,
      customerId: m.customer.id,
      eventId: m.event.id,
      locale: m.customer.locale,
      token: randomBytes(24).toString('base64url'),
      dueAt: due,
      expiresAt: expires,
    };
    if (now > expires) {
      return { ...row, status: 'suppressed', suppressionReason: 'stale', detail: `the ${m.event.type} event of ${m.event.occurredAt.toISOString()} arrived after the survey's expiry` };
    }
    if (m.survey.throttleDays > 0) {
      const windowMs = m.survey.throttleDays * DAY_MS;
      const other = marks.find((k) => k.customerId === m.customer.id && Math.abs(k.at.getTime() - due.getTime()) < windowMs);
      if (other) {
        const which = other.invitationId ? `invitation ${other.invitationId}` : 'another invitation made from the same batch of events';
        return { ...row, status: 'suppressed', suppressionReason: 'throttled', detail: `${which} is within ${m.survey.throttleDays} days` };
      }
      // Later events of this batch must see this invitation, which has no id until it is inserted.
      marks.push({ invitationId: null, customerId: m.customer.id, at: due });
    }
    const late = due < now ? ` (late by ${Math.round((now.getTime() - due.getTime()) / MINUTE_MS)} min: sent at once)` : '';
    return { ...row, status: 'scheduled', suppressionReason: null, detail: `due at ${due.toISOString()} after ${m.event.type} event ${m.event.id}${late}` };
  }
}

/** SQLSTATE classes 08 (connection), 40 (rollback: deadlock, serialization), 53 (resources), 57 (shutdown), and lock timeouts. */
function isTransientDatabaseError(err: unknown): boolean {
  const code = (err as { driverError?: { code?: unknown }; code?: unknown } | null)?.driverError?.code ?? (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return !(err instanceof Error) || /connection|terminat|timeout/i.test(err.message);
  return /^(08|40|53|57)/.test(code) || code === '55P03';
}

async function inSavepoint(manager: EntityManager, work: () => Promise<void>): Promise<void> {
  await manager.query('SAVEPOINT schedule_events');
  try {
    await work();
  } catch (err) {
    await manager.query('ROLLBACK TO SAVEPOINT schedule_events');
    throw err;
  }
  await manager.query('RELEASE SAVEPOINT schedule_events');
}

function dueAt(m: Match): Date {
  return new Date(m.event.occurredAt.getTime() + m.survey.delayMinutes * MINUTE_MS);
}
