import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { Cursor, Keyed, exactTimestampSql } from '@feedloop/core/http/cursor';
import { ActivityKind, ChurnCaseActivityEntity, ChurnCaseEntity, ChurnOfferEntity, ChurnSource, ChurnStatus, OPEN_STATUSES, OfferOutcome } from './churn-case.entity';
import type { ChurnReason, Destination, MightReturn } from './churn-reasons';
import { changedRows } from '@feedloop/core/database/changed-rows';

/** A case row with its customer's and owner's labels. */
export interface CaseRow {
  id: string;
  customer_id: string;
  customer_external_id: string | null;
  customer_name: string | null;
  source: ChurnSource;
  event_id: string | null;
  status: ChurnStatus;
  recorded_reason: string | null;
  plan: string | null;
  value_at_risk: string | null;
  customer_since: Date | null;
  cancelled_at: Date;
  effective_at: Date | null;
  owner_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  first_contact_due: Date;
  first_contacted_at: Date | null;
  lost_reason: string | null;
  won_offer_id: string | null;
  exit_invitation_id: string | null;
  interview_primary_reason: ChurnReason | null;
  interview_secondary_reasons: ChurnReason[];
  interview_destination: Destination | null;
  interview_competitor: string | null;
  interview_might_return: MightReturn | null;
  interview_comment: string | null;
  interview_source: 'survey' | 'agent' | null;
  interview_recorded_by: string | null;
  interview_recorded_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
}

export interface OfferRow {
  id: string;
  case_id: string;
  offer_type_id: string;
  offer_type_key: string;
  offer_type_name: string;
  outcome: OfferOutcome;
  details: string | null;
  author_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface ActivityRow {
  id: string;
  case_id: string;
  kind: ActivityKind;
  author_id: string | null;
  author_name: string | null;
  body: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

export interface CaseInsert {
  customerId: string;
  source: ChurnSource;
  eventId: string | null;
  recordedReason: string | null;
  plan: string | null;
  valueAtRisk: number | null;
  customerSince: Date | null;
  cancelledAt: Date;
  effectiveAt: Date | null;
  ownerId: string | null;
  openedBy: string | null;
  firstContactDue: Date;
}

export interface CaseFilter {
  status?: ChurnStatus | 'active';
  ownerId?: string;
  reason?: ChurnReason;
  customerExternalId?: string;
  from?: Date;
  to?: Date;
}

export interface InterviewWrite {
  primaryReason: ChurnReason;
  secondaryReasons: ChurnReason[];
  destination: Destination | null;
  competitor: string | null;
  mightReturn: MightReturn | null;
  comment: string | null;
  source: 'survey' | 'agent';
  recordedBy: string | null;
}

const OPEN = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Reads the customer's external id and name and the owner's name with the
 * case (customers and users are other modules' tables, joined read-only):
 * a page of 50 cases would otherwise be 100 look-ups.
 */
const CASE_SELECT = `
  SELECT k.*, c.external_id AS customer_external_id, c.name AS customer_name,
         u.name AS owner_name, u.email AS owner_email, ${exactTimestampSql('k.created_at')} AS cursor_at
  FROM churn_cases k
  JOIN customers c ON c.id = k.customer_id
  LEFT JOIN users u ON u.id = k.owner_id`;

/** Activities with their author's name (users is the auth module's table, joined read-only as in CASE_SELECT). */
const ACTIVITY_COLUMNS = 'a.id, a.case_id, a.kind, a.author_id, u.name AS author_name, a.body, a.data, a.created_at';
const ACTIVITY_FROM = 'FROM churn_case_activities a LEFT JOIN users u ON u.id = a.author_id';

@Injectable()
export class ChurnCasesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Serialises case openings per customer until the transaction ends, so two cancellations cannot both open one. */
  async lockCustomer(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('churn.customer'), hashtext($1))`, [customerId]);
  }

  async findOpenCaseId(customerId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM churn_cases WHERE customer_id = $1 AND status IN ${OPEN}`, [customerId]);
    return row?.id ?? null;
  }

  async caseOfEvent(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await manager.query('SELECT case_id FROM churn_case_events WHERE event_id = $1', [eventId]);
    return row?.case_id ?? null;
  }

  /** Records that `caseId` covers the cancellation `eventId`; false if the event was linked already. */
  async linkEvent(eventId: string, caseId: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query('INSERT INTO churn_case_events (event_id, case_id) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING RETURNING event_id', [eventId, caseId]);
    return rows.length > 0;
  }

  async insert(c: CaseInsert, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO churn_cases (customer_id, source, event_id, recorded_reason, plan, value_at_risk, customer_since, cancelled_at, effective_at, owner_id, opened_by, first_contact_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [c.customerId, c.source, c.eventId, c.recordedReason, c.plan, c.valueAtRisk, c.customerSince, c.cancelledAt, c.effectiveAt, c.ownerId, c.openedBy, c.firstContactDue],
    );
    return row.id;
  }

  /**
   * The next active agent after the one assigned last, in id order, wrapping
   * around. The pointer row stays locked until the caller's transaction ends,
   * so concurrent openings (also in other processes) take agents in turn.
   */
  async nextOwner(agentIds: string[], manager: EntityManager): Promise<string | null> {
    const [state] = await manager.query('SELECT last_user_id FROM churn_assignment_state WHERE singleton FOR UPDATE');
    if (!agentIds.length) return null;
    const last: string | null = state?.last_user_id ?? null;
    const next = (last && agentIds.find((id) => id > last)) || agentIds[0];
    await manager.query('UPDATE churn_assignment_state SET last_user_id = $1 WHERE singleton', [next]);
    return next;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CaseRow | null> {
    // OF k: the case row only, not the customer and owner read with it.
    const [row] = await manager.query(`${CASE_SELECT} WHERE k.id = $1${lock ? ' FOR UPDATE OF k' : ''}`, [id]);
    return row ?? null;
  }

  async findByInvitation(invitationId: string): Promise<CaseRow | null> {
    const [row] = await this.dataSource.query(`${CASE_SELECT} WHERE k.exit_invitation_id = $1`, [invitationId]);
    return row ?? null;
  }

  /** Newest first by opening, strictly after `after` in that order. */
  async list(filter: CaseFilter, after: Cursor | null, limit: number): Promise<CaseRow[]> {
    const where: string[] = [];
    const { params, param } = sqlParams();
    if (filter.status === 'active') where.push(`k.status IN ${OPEN}`);
    else if (filter.status) where.push(`k.status = ${param(filter.status)}`);
    if (filter.ownerId) where.push(`k.owner_id = ${param(filter.ownerId)}::uuid`);
    if (filter.reason) where.push(`k.interview_primary_reason = ${param(filter.reason)}`);
    if (filter.customerExternalId) where.push(`c.external_id = ${param(filter.customerExternalId)}`);
    if (filter.from) where.push(`k.created_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`k.created_at < ${param(filter.to)}`);
    if (after) where.push(`(k.created_at, k.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    return this.dataSource.query(
      `${CASE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY k.created_at DESC, k.id DESC LIMIT ${param(limit)}`,
      params,
    );
  }

  async update(id: string, fields: Record<string, unknown>, manager: EntityManager): Promise<void> {
    const keys = Object.keys(fields);
    if (!keys.length) return;
    // Column names come from the service's code, never from input.
    const sets = keys.map((k, i) => `${k} = $${i + 2}`);
    await manager.query(`UPDATE churn_cases SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [id, ...keys.map((k) => fields[k])]);
  }

  async setInterview(id: string, w: InterviewWrite, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE churn_cases SET interview_primary_reason = $2, interview_secondary_reasons = $3, interview_destination = $4, interview_competitor = $5,
         interview_might_return = $6, interview_comment = $7, interview_source = $8, interview_recorded_by = $9, interview_recorded_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, w.primaryReason, w.secondaryReasons, w.destination, w.competitor, w.mightReturn, w.comment, w.source, w.recordedBy],
    );
  }

  async addActivity(
    a: { caseId: string; customerId: string; kind: ActivityKind; authorId: string | null; body: string | null; data?: Record<string, unknown> },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      // clock_timestamp(): the lines one change writes (a status change and the call that caused it) keep their order.
      'INSERT INTO churn_case_activities (case_id, customer_id, kind, author_id, body, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp()) RETURNING id',
      [a.caseId, a.customerId, a.kind, a.authorId, a.body, JSON.stringify(a.data ?? {})],
    );
    return row.id;
  }

  activities(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<ActivityRow[]> {
    return manager.query(`SELECT ${ACTIVITY_COLUMNS} ${ACTIVITY_FROM} WHERE a.case_id = $1 ORDER BY a.created_at, a.id`, [caseId]);
  }

  async activity(id: string): Promise<ActivityRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${ACTIVITY_COLUMNS} ${ACTIVITY_FROM} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async insertOffer(o: { caseId: string; offerTypeId: string; outcome: OfferOutcome; details: string | null; authorId: string | null }, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      'INSERT INTO churn_offers (case_id, offer_type_id, outcome, details, author_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [o.caseId, o.offerTypeId, o.outcome, o.details, o.authorId],
    );
    return row.id;
  }

  async setOfferOutcome(caseId: string, offerId: string, outcome: OfferOutcome, manager: EntityManager): Promise<boolean> {
    return (await changedRows(manager, 'UPDATE churn_offers SET outcome = $3, updated_at = now() WHERE id = $2 AND case_id = $1', [caseId, offerId, outcome])) > 0;
  }

  offersOf(caseIds: string[], manager: EntityManager = this.dataSource.manager): Promise<OfferRow[]> {
    if (!caseIds.length) return Promise.resolve([]);
    return manager.query(
      `SELECT o.id, o.case_id, o.offer_type_id, t.key AS offer_type_key, t.name AS offer_type_name, o.outcome, o.details, o.author_id, o.created_at, o.updated_at
       FROM churn_offers o JOIN churn_offer_types t ON t.id = o.offer_type_id
       WHERE o.case_id = ANY($1::uuid[]) ORDER BY o.created_at, o.id`,
      [caseIds],
    );
  }

  /** A customer's cases, newest first by opening, strictly after `before` (the timeline merges them). */
  async casesForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<CaseRow>>> {
    const params: unknown[] = [customerId, limit];
    const cond = before ? 'AND (k.created_at, k.id) < ($3::timestamptz, $4::uuid)' : '';
    if (before) params.push(before.at, before.id);
    const rows: CaseRow[] = await this.dataSource.query(`${CASE_SELECT} WHERE k.customer_id = $1 ${cond} ORDER BY k.created_at DESC, k.id DESC LIMIT $2`, params);
    return rows.map((r) => ({ key: { at: r.cursor_at, id: r.id }, row: r }));
  }

  async activitiesForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<ActivityRow>>> {
    const params: unknown[] = [customerId, limit];
    const cond = before ? 'AND (a.created_at, a.id) < ($3::timestamptz, $4::uuid)' : '';
    if (before) params.push(before.at, before.id);
    const rows: Array<ActivityRow & { cursor_at: string }> = await this.dataSource.query(
      `SELECT ${ACTIVITY_COLUMNS}, ${exactTimestampSql('a.created_at')} AS cursor_at ${ACTIVITY_FROM}
       WHERE a.customer_id = $1 ${cond} ORDER BY a.created_at DESC, a.id DESC LIMIT $2`,
      params,
    );
    return rows.map(({ cursor_at, ...r }) => ({ key: { at: cursor_at, id: r.id }, row: r }));
  }

  async exportCustomer(customerId: string, manager: EntityManager): Promise<unknown> {
    const cases = await manager.find(ChurnCaseEntity, { where: { customerId }, order: { createdAt: 'ASC' } });
    const ids = cases.map((c) => c.id);
    const activities = ids.length ? await manager.find(ChurnCaseActivityEntity, { where: { customerId }, order: { createdAt: 'ASC' } }) : [];
    const offers = ids.length ? await manager.createQueryBuilder(ChurnOfferEntity, 'o').where('o.case_id IN (:...ids)', { ids }).orderBy('o.created_at').getMany() : [];
    return { cases, activities, offers };
  }

  /** Free text goes; reasons as keys, statuses, values and dates stay for statistics. */
  async eraseCustomer(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE churn_cases SET recorded_reason = NULL, lost_reason = CASE WHEN lost_reason IS NULL THEN NULL ELSE '(erased)' END,
         interview_comment = NULL, interview_competitor = NULL, updated_at = now()
       WHERE customer_id = $1`,
      [customerId],
    );
    await manager.query(`UPDATE churn_case_activities SET body = NULL, data = '{}'::jsonb WHERE customer_id = $1`, [customerId]);
    await manager.query('UPDATE churn_offers SET details = NULL WHERE case_id IN (SELECT id FROM churn_cases WHERE customer_id = $1)', [customerId]);
  }
}
