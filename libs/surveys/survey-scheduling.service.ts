import { randomBytes } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { JobsConfig } from '@feedloop/core/config/app-config';
import { inSavepoint, isTransientDatabaseError } from '@feedloop/core/database/savepoint';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { CustomerDeliveryProfile, CustomersService } from '@feedloop/customers/customers.service';
import type { ConsumedEvent } from '@feedloop/events/dto/event.dto';
import { EVENT_CONSUMERS, EventConsumerLoop, EventConsumersService } from '@feedloop/events/event-consumers.service';
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
  trigger: Pick<ConsumedEvent, 'id' | 'type' | 'occurredAt'>;
  survey: SurveyEntity;
  customer: CustomerDeliveryProfile;
}

/**
 * Turns stored events into invitations: the `survey_scheduling` consumer of
 * events, polled in processes with WORKERS=on. Each batch's invitations,
 * their send jobs and the events' removal from this consumer's queue commit
 * in one transaction, so a crash repeats a batch instead of losing or
 * doubling it, and processes running side by side each take different events.
 */
@Injectable()
export class SurveySchedulingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SurveySchedulingService.name);
  private readonly loop = new EventConsumerLoop(EVENT_CONSUMERS.surveyScheduling, (stopping) => this.drain(() => new Date(), stopping), POLL_MS);

  constructor(
    private readonly consumers: EventConsumersService,
    private readonly surveys: SurveysService,
    private readonly customers: CustomersService,
    private readonly repo: InvitationsRepository,
    private readonly jobs: JobsService,
    private readonly jobsConfig: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.jobsConfig.workers) this.loop.start();
  }

  /** Lets the batch in progress commit, then stops polling. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * Processes batches until none is full (the backlog is empty, or other
   * processes hold the rest). Returns the number of events processed.
   */
  drain(now: () => Date = () => new Date(), stopping: () => boolean = () => false): Promise<number> {
    return this.consumers.drain(EVENT_CONSUMERS.surveyScheduling, SCHEDULING_BATCH, (events, manager) => this.schedule(events, manager, now()), stopping);
  }

  /**
   * An invitation to `surveyId` for one customer, due now, written with its
   * send job in the caller's transaction: churn cases send the exit survey
   * the moment they open, rather than by a trigger rule. `triggerEventId` is
   * the event behind it (one invitation per survey and event). The survey's
   * throttle applies as for any invitation (exit surveys have none); quiet
   * hours are the sender's. Null when the customer is erased or unknown, or
   * the event has an invitation to this survey already.
   */
  async scheduleNow(
    surveyId: string,
    customerId: string,
    trigger: { eventId: string; eventType: ConsumedEvent['type'] },
    manager: EntityManager,
    now = new Date(),
  ): Promise<{ invitationId: string; status: string } | null> {
    const survey = await this.surveys.get(surveyId);
    const customer = (await this.customers.findForDelivery([customerId], manager)).get(customerId);
    if (!customer || customer.erased) return null;
    const m: Match = { trigger: { id: trigger.eventId, type: trigger.eventType, occurredAt: now }, survey, customer };
    let marks: ThrottleMark[] = [];
    if (survey.throttleDays > 0) {
      await this.repo.lockCustomers([customerId], manager);
      marks = await this.repo.throttleMarksForScheduling([customerId], new Date(now.getTime() - survey.throttleDays * DAY_MS), manager);
    }
    const [inserted] = await this.repo.insertMany([this.decide(m, marks, now)], manager);
    if (!inserted) return null;
    if (inserted.status === 'scheduled') {
      await this.jobs.insert([{ name: SEND_INVITATION, data: { invitationId: inserted.id }, startAfter: inserted.dueAt, singletonKey: inserted.id }], { db: jobsDbOf(manager) });
    }
    return { invitationId: inserted.id, status: inserted.status };
  }

  /**
   * One event that cannot be scheduled (a row breaking a constraint, a bug)
   * must not hold up every event behind it forever: when the batch fails, its
   * events are tried one by one, and one that fails alone is logged and
   * left processed without invitations. Failures that may pass (lost
   * connection, deadlock) fail the whole transaction instead, so the batch
   * is simply tried again later.
   */
  private async schedule(events: ConsumedEvent[], manager: EntityManager, now: Date): Promise<void> {
    try {
      await inSavepoint(manager, () => this.scheduleTogether(events, manager, now), 'schedule_events');
      return;
    } catch (err) {
      if (isTransientDatabaseError(err)) throw err;
      if (events.length > 1) this.logger.warn(`scheduling ${events.length} events together failed (${(err as Error).message}); trying them one by one`);
    }
    for (const event of events) {
      try {
        await inSavepoint(manager, () => this.scheduleTogether([event], manager, now), 'schedule_events');
      } catch (err) {
        if (isTransientDatabaseError(err)) throw err;
        this.logger.error(`no invitation could be made for event ${event.id}; it is skipped: ${(err as Error).message}`);
      }
    }
  }

  private async scheduleTogether(events: ConsumedEvent[], manager: EntityManager, now: Date): Promise<void> {
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
  private async match(events: ConsumedEvent[], manager: EntityManager): Promise<Match[]> {
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
        if (matchesTrigger(survey, event, customer.attributes)) matches.push({ trigger: event, survey, customer });
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
      eventId: m.trigger.id,
      locale: m.customer.locale,
      token: randomBytes(24).toString('base64url'),
      dueAt: due,
      expiresAt: expires,
    };
    if (now > expires) {
      return { ...row, status: 'suppressed', suppressionReason: 'stale', detail: `the ${m.trigger.type} event of ${m.trigger.occurredAt.toISOString()} arrived after the survey's expiry` };
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
    return { ...row, status: 'scheduled', suppressionReason: null, detail: `due at ${due.toISOString()} after ${m.trigger.type} event ${m.trigger.id}${late}` };
  }
}

function dueAt(m: Match): Date {
  return new Date(m.trigger.occurredAt.getTime() + m.survey.delayMinutes * MINUTE_MS);
}
