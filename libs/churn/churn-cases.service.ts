import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { AccessScope } from '@feedloop/auth/access-scope';
import { AccessDeniedError } from '@feedloop/auth/auth.errors';
import type { Role } from '@feedloop/auth/roles';
import type { UserEntity } from '@feedloop/auth/user.entity';
import { UsersService } from '@feedloop/auth/users.service';
import { ChurnConfig } from '@feedloop/core/config/app-config';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { Cursor, Keyed, Page, decodeCursor, encodeExactCursor, keysetPage } from '@feedloop/core/http/cursor';
import { parseDateParam } from '@feedloop/core/http/date-param';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { CustomerErasedError, CustomerNotFoundError } from '@feedloop/customers/customers.errors';
import { CustomersService } from '@feedloop/customers/customers.service';
import { MAX_MONTHLY_REVENUE } from '@feedloop/events/dto/create-event.dto';
import type { ConsumedEvent } from '@feedloop/events/dto/event.dto';
import { UnknownCustomerError } from '@feedloop/events/events.errors';
import { EventsService } from '@feedloop/events/events.service';
import { FeedbackItemsService } from '@feedloop/feedback/feedback-items.service';
import { IllegalStatusChangeError } from '@feedloop/feedback/feedback.errors';
import { ResponsesQueryService } from '@feedloop/responses/responses-query.service';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import { SurveySchedulingService } from '@feedloop/surveys/survey-scheduling.service';
import { SurveysService } from '@feedloop/surveys/surveys.service';
import { ChurnSource, ChurnStatus, ManualActivityKind, OPEN_STATUSES, OfferOutcome } from './churn-case.entity';
import { toActivityDto, toCaseDto } from './churn-case.view';
import { ActivityRow, CaseInsert, CaseRow, ChurnCasesRepository, InterviewWrite } from './churn-cases.repository';
import { ChurnCaseClosedError, ChurnCaseNotFoundError, ChurnOfferNotFoundError } from './churn.errors';
import { ROUTE_EXIT_INTERVIEW, RouteExitInterviewData } from './churn.jobs';
import { ChurnOfferTypesService } from './churn-offer-types.service';
import { ChurnWebhooks } from './churn-webhooks';
import { ChurnActivityDto, ChurnCaseDetailDto, ChurnCaseDto } from './dto/churn-case.dto';
import { CreateActivityDto, CreateChurnCaseDto, ListChurnCasesQueryDto, RecordInterviewDto, UpdateChurnCaseDto } from './dto/churn-input.dto';

/**
 * The status machine. A case may be lost from any open status (the customer
 * cannot be reached, or says no before any offer); won back only after a
 * contact; closed cases stay closed.
 */
export const TRANSITIONS: Readonly<Record<ChurnStatus, readonly ChurnStatus[]>> = {
  open: ['contacted', 'lost'],
  contacted: ['offer_made', 'won_back', 'lost'],
  offer_made: ['won_back', 'lost'],
  won_back: [],
  lost: [],
};

/**
 * Who may own a case: the retention team, and admins (who may take a case
 * over). New cases go round-robin to retention agents only. The API's check
 * and the dashboard's pickers both read this, through assignableOwners().
 */
export const CASE_OWNER_ROLES: readonly Role[] = ['retention_agent', 'admin'];

const HOUR_MS = 3_600_000;
const HISTORY = 5;

/** Who may see and work churn cases (and their offer types): not department heads, nor keys bound to a department. */
export function assertCanWorkChurn(scope: AccessScope, what = 'churn cases'): void {
  if (scope.role === 'department_head') throw new AccessDeniedError(`${what} are for the retention team, admins and analysts`);
}

export interface CaseChange {
  caseId: string;
  opened: boolean;
}

/**
 * Churn cases: opened by a cancellation event (ChurnEventsConsumer) or by
 * staff, worked by the retention team (owner, first contact, activities, save
 * offers, won back or lost), with the exit interview the customer gives on
 * the exit page or an agent records from a call.
 */
@Injectable()
export class ChurnCasesService implements OnModuleInit {
  constructor(
    private readonly repo: ChurnCasesRepository,
    private readonly customers: CustomersService,
    private readonly events: EventsService,
    private readonly users: UsersService,
    private readonly surveys: SurveysService,
    private readonly scheduling: SurveySchedulingService,
    private readonly invitations: InvitationsService,
    private readonly responses: ResponsesQueryService,
    private readonly feedback: FeedbackItemsService,
    private readonly offerTypes: ChurnOfferTypesService,
    private readonly webhooks: ChurnWebhooks,
    private readonly jobs: JobsService,
    private readonly config: ChurnConfig,
    private readonly personalData: PersonalDataRegistry,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'churnCases',
      export: (customerId, manager) => this.repo.exportCustomer(customerId, manager),
      erase: (customerId, manager) => this.repo.eraseCustomer(customerId, manager),
    });
  }

  /**
   * A cancellation event, in the consumer's transaction: opens the customer's
   * case, or joins the case already open for them (a second cancellation, a
   * retried event). Repeatable: an event already linked to a case does
   * nothing. A new case from an event sends the exit survey at once.
   */
  async openFromEvent(event: ConsumedEvent, manager: EntityManager, now = new Date()): Promise<CaseChange | null> {
    const linked = await this.repo.caseOfEvent(event.id, manager);
    if (linked) return { caseId: linked, opened: false };
    // Erased: nobody to win back or ask. Any other failure (the database's) is the consumer's to retry or log, not a reason to drop the event.
    const customer = await this.customers.findLive(event.customerId, manager).catch((err: unknown) => {
      if (err instanceof CustomerErasedError || err instanceof CustomerNotFoundError) return null;
      throw err;
    });
    if (!customer) return null;
    await this.repo.lockCustomer(customer.id, manager);
    const open = await this.repo.findOpenCaseId(customer.id, manager);
    if (open) {
      await this.repo.linkEvent(event.id, open, manager);
      await this.repo.addActivity(
        { caseId: open, customerId: customer.id, kind: 'cancellation', authorId: null, body: event.data.reason ?? null, data: { eventId: event.id, joined: true } },
        manager,
      );
      return { caseId: open, opened: false };
    }
    const caseId = await this.create(
      {
        customerId: customer.id,
        source: 'event',
        eventId: event.id,
        recordedReason: event.data.reason ?? null,
        plan: event.data.plan ?? stringAttribute(customer.attributes, 'plan'),
        valueAtRisk: event.data.monthlyRevenue ?? numericAttribute(customer.attributes, 'monthlyRevenue'),
        customerSince: (await this.events.firstOccurredAt(customer.id, 'signup', manager)) ?? customer.createdAt,
        cancelledAt: new Date(event.occurredAt),
        effectiveAt: event.data.effectiveAt ? new Date(event.data.effectiveAt) : null,
        openedBy: null,
      },
      manager,
      now,
    );
    await this.repo.linkEvent(event.id, caseId, manager);
    const exitSurvey = await this.surveys.activeExitSurvey();
    if (exitSurvey) {
      const sent = await this.scheduling.scheduleNow(exitSurvey.id, customer.id, { eventId: event.id, eventType: 'cancellation' }, manager, now);
      if (sent) await this.repo.update(caseId, { exit_invitation_id: sent.invitationId }, manager);
    }
    await this.webhooks.opened(caseId, manager);
    return { caseId, opened: true };
  }

  /**
   * Staff open a case for a cancellation they took (phone, branch) or, from
   * the at-risk list, before any (`proactive`). A customer with an open case
   * gets no second one: the report joins it (`opened: false`).
   */
  async open(scope: AccessScope, input: CreateChurnCaseDto, now = new Date(), auditActor: AuditActor = SYSTEM_ACTOR): Promise<{ churnCase: ChurnCaseDetailDto; opened: boolean }> {
    assertCanWorkChurn(scope);
    const openedBy = await this.authorOf(scope, input.openedBy, 'openedBy');
    const ids = await this.customers.findIdsByExternalIds([input.customerExternalId]);
    const customerId = ids.get(input.customerExternalId);
    if (!customerId) throw new UnknownCustomerError(input.customerExternalId);
    const source: ChurnSource = input.source ?? 'manual';
    const change = await this.repo.transaction(async (m) => {
      const customer = await this.customers.findLive(customerId, m);
      await this.repo.lockCustomer(customer.id, m);
      const existing = await this.repo.findOpenCaseId(customer.id, m);
      if (existing) {
        await this.repo.addActivity({ caseId: existing, customerId, kind: 'cancellation', authorId: openedBy, body: input.reason ?? null, data: { source, joined: true } }, m);
        return { caseId: existing, opened: false };
      }
      const caseId = await this.create(
        {
          customerId,
          source,
          eventId: null,
          recordedReason: input.reason ?? null,
          plan: input.plan ?? stringAttribute(customer.attributes, 'plan'),
          valueAtRisk: input.monthlyRevenue ?? numericAttribute(customer.attributes, 'monthlyRevenue'),
          customerSince: (await this.events.firstOccurredAt(customerId, 'signup', m)) ?? customer.createdAt,
          cancelledAt: now,
          effectiveAt: null,
          openedBy,
        },
        m,
        now,
      );
      await this.webhooks.opened(caseId, m);
      await this.audit.record(m, auditActor, { action: 'churn_case.opened', entityType: 'churn_case', entityId: caseId, customerId, after: { source, reason: input.reason ?? null } });
      return { caseId, opened: true };
    });
    return { churnCase: await this.get(scope, change.caseId), opened: change.opened };
  }

  private async create(c: Omit<CaseInsert, 'ownerId' | 'firstContactDue'>, m: EntityManager, now: Date): Promise<string> {
    const agents = (await this.users.retentionAgents()).map((u) => u.id);
    const ownerId = await this.repo.nextOwner(agents, m);
    const firstContactDue = new Date(now.getTime() + this.config.firstContactHours * HOUR_MS);
    const caseId = await this.repo.insert({ ...c, ownerId, firstContactDue }, m);
    await this.repo.addActivity({ caseId, customerId: c.customerId, kind: 'opened', authorId: c.openedBy, body: c.recordedReason, data: { source: c.source, ownerId } }, m);
    return caseId;
  }

  async list(scope: AccessScope, query: ListChurnCasesQueryDto): Promise<Page<ChurnCaseDto>> {
    assertCanWorkChurn(scope);
    const limit = query.limit ?? 50;
    const rows = await this.repo.list(
      {
        status: query.status,
        ownerId: query.owner,
        reason: query.reason,
        customerExternalId: query.customerExternalId,
        from: query.from ? parseDateParam(query.from, 'from') : undefined,
        to: query.to ? parseDateParam(query.to, 'to') : undefined,
      },
      decodeCursor(query.cursor),
      limit + 1,
    );
    const offers = await this.repo.offersOf(rows.slice(0, limit).map((r) => r.id));
    return keysetPage(
      rows,
      limit,
      (last) => encodeExactCursor(last.cursor_at, last.id),
      (r) => toCaseDto(r, offers.filter((o) => o.case_id === r.id)),
    );
  }

  /** One case with its log and the customer's last contacts, scores and open feedback items (read live). */
  async get(scope: AccessScope, id: string): Promise<ChurnCaseDetailDto> {
    assertCanWorkChurn(scope);
    const row = await this.requireCase(id);
    const [offers, activities, events, responses, items] = await Promise.all([
      this.repo.offersOf([id]),
      this.repo.activities(id),
      this.events.listForCustomer(row.customer_id, null, HISTORY, 'contact'),
      this.responses.listForCustomer(row.customer_id, null, HISTORY),
      this.feedback.listForCustomer(AccessScope.system(), row.customer_id, null, 50),
    ]);
    return {
      ...toCaseDto(row, offers),
      activities: activities.map(toActivityDto),
      lastContacts: events.map(({ row: e }) => ({ id: e.id, occurredAt: new Date(e.occurredAt).toISOString(), contactChannel: e.contactChannel, team: e.team, agent: e.agent, caseId: e.caseId })),
      lastScores: responses.map(({ row: r }) => ({ id: r.id, metric: r.metric, score: r.score, comment: r.comment, at: r.createdAt })),
      openFeedbackItems: items
        .map((i) => i.row)
        .filter((i) => i.status !== 'resolved')
        .map((i) => ({ id: i.id, department: i.department.key, status: i.status, themes: i.themes.map((t) => t.key), createdAt: i.createdAt })),
    };
  }

  /** Status, owner, lost reason and the offer that won the customer back, in one change. */
  async update(scope: AccessScope, id: string, input: UpdateChurnCaseDto, now = new Date(), auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnCaseDetailDto> {
    assertCanWorkChurn(scope);
    const authorId = await this.authorOf(scope, input.authorId, 'authorId');
    if (input.ownerId) await this.requireAssignable(input.ownerId);
    await this.repo.transaction(async (m) => {
      const row = await this.requireCase(id, m, true);
      if (input.ownerId !== undefined && input.ownerId !== row.owner_id) {
        if (isClosed(row.status)) throw new ChurnCaseClosedError(id, row.status);
        await this.repo.update(id, { owner_id: input.ownerId }, m);
        await this.repo.addActivity({ caseId: id, customerId: row.customer_id, kind: 'assigned', authorId, body: null, data: { from: row.owner_id, to: input.ownerId } }, m);
        await this.audit.record(m, auditActor, { action: 'churn_case.assigned', entityType: 'churn_case', entityId: id, customerId: row.customer_id, before: { ownerId: row.owner_id }, after: { ownerId: input.ownerId } });
      }
      if (input.status !== undefined && input.status !== row.status) {
        await this.transition(row, input, authorId, m, now);
        await this.audit.record(m, auditActor, {
          action: 'churn_case.status_changed',
          entityType: 'churn_case',
          entityId: id,
          customerId: row.customer_id,
          before: { status: row.status },
          after: { status: input.status, lostReason: input.lostReason ?? null, wonOfferId: input.wonOfferId ?? null },
        });
      }
      else if (input.lostReason !== undefined || input.wonOfferId !== undefined) {
        throw new InvalidInputError('lostReason and wonOfferId go with a change of status to lost or won_back', input.lostReason !== undefined ? 'lostReason' : 'wonOfferId');
      }
    });
    return this.get(scope, id);
  }

  private async transition(row: CaseRow, input: UpdateChurnCaseDto, authorId: string | null, m: EntityManager, now: Date): Promise<void> {
    const to = input.status!;
    const allowed = TRANSITIONS[row.status];
    if (!allowed.includes(to)) throw new IllegalStatusChangeError(row.status, to, allowed);
    if (to === 'lost' && !input.lostReason) throw new InvalidInputError('lostReason is required when a case is lost', 'lostReason');
    if (to !== 'lost' && input.lostReason !== undefined) throw new InvalidInputError('lostReason goes only with status lost', 'lostReason');
    if (to !== 'won_back' && input.wonOfferId !== undefined) throw new InvalidInputError('wonOfferId goes only with status won_back', 'wonOfferId');
    const fields: Record<string, unknown> = { status: to };
    if (to === 'contacted' && !row.first_contacted_at) fields.first_contacted_at = now;
    if (to === 'lost') fields.lost_reason = input.lostReason;
    if (to === 'won_back') {
      const offers = await this.repo.offersOf([row.id], m);
      let won = input.wonOfferId ? offers.find((o) => o.id === input.wonOfferId) : undefined;
      if (input.wonOfferId && !won) throw new ChurnOfferNotFoundError(input.wonOfferId);
      // Without a choice, the one accepted offer is the one that worked.
      if (!won) {
        const accepted = offers.filter((o) => o.outcome === 'accepted');
        won = accepted.length === 1 ? accepted[0] : undefined;
      }
      if (won) {
        fields.won_offer_id = won.id;
        if (won.outcome !== 'accepted') await this.repo.setOfferOutcome(row.id, won.id, 'accepted', m);
      }
    }
    if (to === 'won_back' || to === 'lost') fields.closed_at = now;
    await this.repo.update(row.id, fields, m);
    await this.repo.addActivity(
      { caseId: row.id, customerId: row.customer_id, kind: 'status_changed', authorId, body: to === 'lost' ? (input.lostReason ?? null) : null, data: { from: row.status, to } },
      m,
    );
    if (to === 'won_back' || to === 'lost') await this.webhooks.closed(row.id, m);
  }

  /**
   * Logs a call, note or e-mail, or records a save offer. A call or e-mail is
   * a contact: it moves an open case to contacted; an offer moves an open or
   * contacted case to offer_made. Closed cases take notes only.
   */
  async addActivity(scope: AccessScope, id: string, input: CreateActivityDto, now = new Date(), auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnActivityDto> {
    assertCanWorkChurn(scope);
    const authorId = await this.authorOf(scope, input.authorId, 'authorId');
    if (input.kind !== 'offer' && !input.body) throw new InvalidInputError('body must be a non-empty string for calls, notes and e-mails', 'body');
    const offerType = input.kind === 'offer' ? await this.offerTypes.requireActive(input.offerTypeId!) : null;
    const activityId = await this.repo.transaction(async (m) => {
      const row = await this.requireCase(id, m, true);
      if (isClosed(row.status) && input.kind !== 'note') throw new ChurnCaseClosedError(id, row.status);
      const fields: Record<string, unknown> = {};
      const contact = input.kind === 'call' || input.kind === 'email' || input.kind === 'offer';
      if (contact && !row.first_contacted_at) fields.first_contacted_at = now;
      let data: Record<string, unknown> = {};
      if (offerType) {
        const outcome: OfferOutcome = input.outcome ?? 'pending';
        const offerId = await this.repo.insertOffer({ caseId: id, offerTypeId: offerType.id, outcome, details: input.body ?? null, authorId }, m);
        data = { offerId, offerType: offerType.key, outcome };
        if (row.status === 'open' || row.status === 'contacted') fields.status = 'offer_made';
      } else if (contact && row.status === 'open') {
        fields.status = 'contacted';
      }
      await this.repo.update(id, fields, m);
      if (fields.status) {
        await this.repo.addActivity({ caseId: id, customerId: row.customer_id, kind: 'status_changed', authorId, body: null, data: { from: row.status, to: fields.status } }, m);
      }
      await this.audit.record(m, auditActor, {
        action: input.kind === 'offer' ? 'churn_case.offer_recorded' : 'churn_case.activity_added',
        entityType: 'churn_case',
        entityId: id,
        customerId: row.customer_id,
        before: fields.status ? { status: row.status } : null,
        after: { kind: input.kind, ...data, ...(fields.status ? { status: fields.status } : {}) },
      });
      return this.repo.addActivity({ caseId: id, customerId: row.customer_id, kind: input.kind as ManualActivityKind | 'offer', authorId, body: input.body ?? null, data }, m);
    });
    return toActivityDto((await this.repo.activity(activityId))!);
  }

  /** Sets an offer's outcome (the customer took it, or not). */
  async setOfferOutcome(scope: AccessScope, id: string, offerId: string, outcome: OfferOutcome, authorIdInput?: string, auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnCaseDetailDto> {
    assertCanWorkChurn(scope);
    const authorId = await this.authorOf(scope, authorIdInput, 'authorId');
    await this.repo.transaction(async (m) => {
      const row = await this.requireCase(id, m, true);
      if (!(await this.repo.setOfferOutcome(id, offerId, outcome, m))) throw new ChurnOfferNotFoundError(offerId);
      await this.repo.addActivity({ caseId: id, customerId: row.customer_id, kind: 'offer', authorId, body: null, data: { offerId, outcome } }, m);
      await this.audit.record(m, auditActor, { action: 'churn_case.offer_outcome', entityType: 'churn_case', entityId: id, customerId: row.customer_id, after: { offerId, outcome } });
    });
    return this.get(scope, id);
  }

  /** An agent records the exit interview from a call (replacing any earlier answer). */
  async recordInterview(scope: AccessScope, id: string, input: RecordInterviewDto, auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnCaseDetailDto> {
    assertCanWorkChurn(scope);
    const authorId = await this.authorOf(scope, input.authorId, 'authorId');
    await this.saveInterview(id, interviewOf(input, 'agent', authorId), auditActor);
    return this.get(scope, id);
  }

  /**
   * Writes the interview, logs it, and queues the routing of its reasons and
   * comment to the departments (ChurnInterviewRouting) in the same
   * transaction, so an interview is never stored without its routing (nor,
   * given on the exit page, without its invitation marked answered).
   */
  async saveInterview(id: string, w: InterviewWrite, auditActor?: AuditActor): Promise<void> {
    if (w.competitor && w.destination !== 'competitor') throw new InvalidInputError('competitor goes only with destination competitor', 'competitor');
    const secondary = [...new Set(w.secondaryReasons)].filter((r) => r !== w.primaryReason);
    await this.repo.transaction(async (m) => {
      const row = await this.requireCase(id, m, true);
      await this.repo.setInterview(id, { ...w, secondaryReasons: secondary }, m);
      await this.repo.addActivity(
        { caseId: id, customerId: row.customer_id, kind: 'interview', authorId: w.recordedBy, body: null, data: { source: w.source, primaryReason: w.primaryReason, secondaryReasons: secondary } },
        m,
      );
      await this.jobs.insert([{ name: ROUTE_EXIT_INTERVIEW, data: { caseId: id } satisfies RouteExitInterviewData }], { db: jobsDbOf(m) });
      if (w.source === 'survey' && row.exit_invitation_id) await this.invitations.markAnswered(row.exit_invitation_id, m);
      // The customer's own answer on the exit page is no staff action; an agent's recording is.
      if (auditActor) {
        await this.audit.record(m, auditActor, {
          action: 'churn_case.interview_recorded',
          entityType: 'churn_case',
          entityId: id,
          customerId: row.customer_id,
          after: { primaryReason: w.primaryReason, secondaryReasons: secondary, destination: w.destination, competitor: w.competitor, mightReturn: w.mightReturn, comment: w.comment },
        });
      }
    });
  }

  /** The case an exit survey invitation belongs to, if any. */
  findByInvitation(invitationId: string): Promise<CaseRow | null> {
    return this.repo.findByInvitation(invitationId);
  }

  /** A customer's cases and their activities, newest first, for the timeline (which applies its own scope). */
  casesForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<ChurnCaseDto>>> {
    return this.repo.casesForCustomer(customerId, before, limit).then(async (rows) => {
      const offers = await this.repo.offersOf(rows.map((r) => r.row.id));
      return rows.map((r) => ({ key: r.key, row: toCaseDto(r.row, offers.filter((o) => o.case_id === r.row.id)) }));
    });
  }

  async activitiesForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<ChurnActivityDto>>> {
    const rows: Array<Keyed<ActivityRow>> = await this.repo.activitiesForCustomer(customerId, before, limit);
    return rows.map((r) => ({ key: r.key, row: toActivityDto(r.row) }));
  }

  private async requireCase(id: string, m?: EntityManager, lock = false): Promise<CaseRow> {
    const row = await this.repo.findById(id, m, lock);
    if (!row) throw new ChurnCaseNotFoundError(id);
    return row;
  }

  /** The staff a case may be assigned to (CASE_OWNER_ROLES, active), by name. */
  assignableOwners(): Promise<UserEntity[]> {
    return this.users.activeWithRoles(CASE_OWNER_ROLES);
  }

  private async requireAssignable(userId: string): Promise<void> {
    const user = await this.users.findActiveById(userId);
    if (!user || !CASE_OWNER_ROLES.includes(user.role)) {
      throw new InvalidInputError('ownerId must be the id of an active retention agent or admin', 'ownerId');
    }
  }

  /** The author to record: the one named (an active staff user), else the signed-in user; null for an API key naming nobody. */
  private async authorOf(scope: AccessScope, given: string | undefined, field: string): Promise<string | null> {
    if (given === undefined) return scope.actorUserId;
    const user = await this.users.findActiveById(given);
    if (!user) throw new InvalidInputError(`${field} must be the id of an active staff user`, field);
    return user.id;
  }
}

function isClosed(status: ChurnStatus): boolean {
  return !OPEN_STATUSES.includes(status);
}

export function interviewOf(input: RecordInterviewDto, source: 'survey' | 'agent', recordedBy: string | null): InterviewWrite {
  return {
    primaryReason: input.primaryReason,
    secondaryReasons: input.secondaryReasons ?? [],
    destination: input.destination ?? null,
    competitor: input.competitor ?? null,
    mightReturn: input.mightReturn ?? null,
    comment: input.comment || null,
    source,
    recordedBy,
  };
}

/** A number, or a numeric string as CRMs send them ("129.90"); anything else is unknown. */
function numericAttribute(attributes: Record<string, unknown> | null | undefined, key: string): number | null {
  const v = attributes?.[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  // Bounded after rounding: 999999999999.999 rounds past what numeric(14,2) holds.
  const cents = Math.round(n * 100) / 100;
  return Number.isFinite(cents) && cents >= 0 && cents <= MAX_MONTHLY_REVENUE ? cents : null;
}

function stringAttribute(attributes: Record<string, unknown> | null | undefined, key: string): string | null {
  const v = attributes?.[key];
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : null;
}
