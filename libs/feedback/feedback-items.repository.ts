import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { Cursor, exactTimestampSql } from '@feedloop/core/http/cursor';
import type { SlaState } from './dto/feedback-item.dto';
import type { ActivityKind } from './feedback-item-activity.entity';
import type { ThemeSource } from './feedback-item-theme.entity';
import type { FeedbackStatus, RoutingReason } from './feedback-item.entity';
import { SLA_STATE_SQL } from './sla';

export interface ItemRow {
  id: string;
  /** Null for an item from an exit interview (churnCaseId). */
  responseId: string | null;
  churnCaseId: string | null;
  departmentId: string;
  customerId: string;
  surveyId: string | null;
  invitationId: string | null;
  metric: 'csat' | 'nps' | 'ces' | null;
  score: number | null;
  comment: string | null;
  locale: 'pl' | 'en' | null;
  contactChannel: string | null;
  team: string | null;
  agent: string | null;
  caseId: string | null;
  reason: RoutingReason;
  status: FeedbackStatus;
  assigneeId: string | null;
  resolutionNote: string | null;
  acknowledgeBy: Date;
  resolveBy: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  withdrawnAt: Date | null;
  reroutedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
  slaState: SlaState;
  themes: Array<{ key: string; confidence: number; source: ThemeSource }>;
  keysetAt: string;
}

export interface ItemFilters {
  departmentId?: string;
  status?: FeedbackStatus;
  theme?: string;
  slaState?: SlaState;
  contactChannel?: string;
  team?: string;
  assigneeId?: string;
  customerId?: string;
  from?: Date;
  to?: Date;
}

/** What routing writes for one response and department. */
export type ItemWrite = Pick<
  ItemRow,
  | 'departmentId' | 'customerId' | 'surveyId' | 'invitationId' | 'comment' | 'locale'
  | 'contactChannel' | 'team' | 'agent' | 'caseId' | 'reason' | 'acknowledgeBy' | 'resolveBy'
> & { responseId: string; metric: 'csat' | 'nps' | 'ces'; score: number };

/** What routing writes for one exit interview (churn case) and department. */
export type ChurnItemWrite = Pick<ItemRow, 'departmentId' | 'customerId' | 'comment' | 'locale' | 'acknowledgeBy' | 'resolveBy'> & { churnCaseId: string };

const ITEM_COLUMNS = `
  f.id, f.response_id AS "responseId", f.churn_case_id AS "churnCaseId", f.department_id AS "departmentId", f.customer_id AS "customerId",
  f.survey_id AS "surveyId", f.invitation_id AS "invitationId", f.metric, f.score, f.comment, f.locale,
  f.contact_channel AS "contactChannel", f.team, f.agent, f.case_id AS "caseId", f.reason, f.status,
  f.assignee_id AS "assigneeId", f.resolution_note AS "resolutionNote", f.acknowledge_by AS "acknowledgeBy",
  f.resolve_by AS "resolveBy", f.acknowledged_at AS "acknowledgedAt", f.resolved_at AS "resolvedAt",
  f.withdrawn_at AS "withdrawnAt", f.rerouted_from_id AS "reroutedFromId", f.created_at AS "createdAt",
  f.updated_at AS "updatedAt", ${SLA_STATE_SQL} AS "slaState", ${exactTimestampSql('f.created_at')} AS "keysetAt",
  (SELECT coalesce(jsonb_agg(jsonb_build_object('key', t.theme_key, 'confidence', t.confidence, 'source', t.source)
                             ORDER BY t.confidence DESC, t.theme_key), '[]'::jsonb)
   FROM feedback_item_themes t WHERE t.item_id = f.id) AS themes`;

/** Every query on feedback items, their themes and their activity log. */
@Injectable()
export class FeedbackItemsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /**
   * A page newest first, restricted to what `scope` may see (in the query,
   * so a head of one department can not list, read or count another's).
   * Withdrawn items (an answer changed so nothing is left to act on) are not listed.
   */
  async list(scope: AccessScope, filters: ItemFilters, after: Cursor | null, limit: number): Promise<ItemRow[]> {
    const where: string[] = ['f.withdrawn_at IS NULL'];
    const { params, param: bind } = sqlParams();
    where.push(scopeCondition(scope, bind));
    if (filters.departmentId) where.push(`f.department_id = ${bind(filters.departmentId)}`);
    if (filters.status) where.push(`f.status = ${bind(filters.status)}`);
    if (filters.theme) where.push(`EXISTS (SELECT 1 FROM feedback_item_themes t WHERE t.item_id = f.id AND t.theme_key = ${bind(filters.theme)})`);
    if (filters.slaState) where.push(`${SLA_STATE_SQL} = ${bind(filters.slaState)}`);
    if (filters.contactChannel) where.push(`f.contact_channel = ${bind(filters.contactChannel)}`);
    if (filters.team) where.push(`f.team = ${bind(filters.team)}`);
    if (filters.assigneeId) where.push(`f.assignee_id = ${bind(filters.assigneeId)}`);
    if (filters.customerId) where.push(`f.customer_id = ${bind(filters.customerId)}`);
    if (filters.from) where.push(`f.created_at >= ${bind(filters.from)}`);
    if (filters.to) where.push(`f.created_at < ${bind(filters.to)}`);
    if (after) where.push(`(f.created_at, f.id) < (${bind(after.at)}::timestamptz, ${bind(after.id)}::uuid)`);
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM feedback_items f WHERE ${where.join(' AND ')}
       ORDER BY f.created_at DESC, f.id DESC LIMIT ${bind(limit)}`,
      params,
    );
  }

  /** The item if `scope` may see it; withdrawn ones too (a link to one still opens). */
  async findVisible(scope: AccessScope, id: string, manager: EntityManager = this.dataSource.manager): Promise<ItemRow | null> {
    const { params, param: bind } = sqlParams([id]);
    const rows = await manager.query(`SELECT ${ITEM_COLUMNS} FROM feedback_items f WHERE f.id = $1 AND ${scopeCondition(scope, bind)}`, params);
    return rows[0] ?? null;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ItemRow | null> {
    const rows = await manager.query(`SELECT ${ITEM_COLUMNS} FROM feedback_items f WHERE f.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the item row for a state change in `manager`'s transaction. */
  async lock(id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM feedback_items WHERE id = $1 FOR UPDATE', [id]);
  }

  itemsOfResponse(responseId: string, manager: EntityManager): Promise<Array<{ id: string; departmentId: string; status: FeedbackStatus; reason: RoutingReason; withdrawnAt: Date | null; reroutedFromId: string | null }>> {
    return manager.query(
      `SELECT id, department_id AS "departmentId", status, reason, withdrawn_at AS "withdrawnAt", rerouted_from_id AS "reroutedFromId"
       FROM feedback_items WHERE response_id = $1 FOR UPDATE`,
      [responseId],
    );
  }

  itemsOfChurnCase(churnCaseId: string, manager: EntityManager): Promise<Array<{ id: string; departmentId: string; status: FeedbackStatus; reason: RoutingReason; withdrawnAt: Date | null; reroutedFromId: string | null }>> {
    return manager.query(
      `SELECT id, department_id AS "departmentId", status, reason, withdrawn_at AS "withdrawnAt", rerouted_from_id AS "reroutedFromId"
       FROM feedback_items WHERE churn_case_id = $1 FOR UPDATE`,
      [churnCaseId],
    );
  }

  /** Inserts the exit interview's item for a department or refreshes its comment; `created` tells which. */
  async upsertForChurnCase(w: ChurnItemWrite, manager: EntityManager): Promise<{ id: string; created: boolean }> {
    const [row] = await manager.query(
      `INSERT INTO feedback_items (churn_case_id, department_id, customer_id, comment, locale, reason, acknowledge_by, resolve_by)
       VALUES ($1, $2, $3, $4, $5, 'exit_interview', $6, $7)
       ON CONFLICT (churn_case_id, department_id) WHERE churn_case_id IS NOT NULL DO UPDATE SET
         comment = EXCLUDED.comment, withdrawn_at = NULL, updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [w.churnCaseId, w.departmentId, w.customerId, w.comment, w.locale, w.acknowledgeBy, w.resolveBy],
    );
    return { id: row.id, created: row.created };
  }

  /** Inserts the item or refreshes the answer's copy on it; `created` tells which. */
  async upsert(w: ItemWrite, manager: EntityManager): Promise<{ id: string; created: boolean }> {
    const [row] = await manager.query(
      `INSERT INTO feedback_items (response_id, department_id, customer_id, survey_id, invitation_id, metric, score, comment, locale,
                                   contact_channel, team, agent, case_id, reason, acknowledge_by, resolve_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (response_id, department_id) DO UPDATE SET
         score = EXCLUDED.score, comment = EXCLUDED.comment, withdrawn_at = NULL, updated_at = now(),
         reason = CASE WHEN feedback_items.reason = 'manual' THEN 'manual' ELSE EXCLUDED.reason END
       RETURNING id, (xmax = 0) AS created`,
      [w.responseId, w.departmentId, w.customerId, w.surveyId, w.invitationId, w.metric, w.score, w.comment, w.locale,
       w.contactChannel, w.team, w.agent, w.caseId, w.reason, w.acknowledgeBy, w.resolveBy],
    );
    return { id: row.id, created: row.created };
  }

  async withdraw(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE feedback_items SET withdrawn_at = now(), updated_at = now() WHERE id = $1 AND withdrawn_at IS NULL`, [id]);
  }

  /** Replaces the themes routing assigned; themes staff set by hand stay. */
  async replaceRoutedThemes(itemId: string, themes: Array<{ key: string; confidence: number; source: ThemeSource }>, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM feedback_item_themes WHERE item_id = $1 AND source <> 'staff'`, [itemId]);
    await this.addThemes(itemId, themes, manager);
  }

  async replaceAllThemes(itemId: string, themes: Array<{ key: string; confidence: number; source: ThemeSource }>, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM feedback_item_themes WHERE item_id = $1`, [itemId]);
    await this.addThemes(itemId, themes, manager);
  }

  private async addThemes(itemId: string, themes: Array<{ key: string; confidence: number; source: ThemeSource }>, manager: EntityManager): Promise<void> {
    if (!themes.length) return;
    await manager.query(
      `INSERT INTO feedback_item_themes (item_id, theme_key, confidence, source)
       SELECT $1, x.key, x.confidence, x.source FROM jsonb_to_recordset($2::jsonb) AS x(key text, confidence real, source text)
       ON CONFLICT (item_id, theme_key) DO NOTHING`,
      [itemId, JSON.stringify(themes)],
    );
  }

  async update(
    id: string,
    patch: Partial<{ status: FeedbackStatus; assigneeId: string | null; resolutionNote: string | null; acknowledgedAt: Date | null; resolvedAt: Date | null; departmentId: string; reroutedFromId: string | null; acknowledgeBy: Date; resolveBy: Date; ackBreachAlertedAt: Date | null; resolveBreachAlertedAt: Date | null; reason: RoutingReason }>,
    manager: EntityManager,
  ): Promise<void> {
    const columns: Record<string, string> = {
      status: 'status', assigneeId: 'assignee_id', resolutionNote: 'resolution_note', acknowledgedAt: 'acknowledged_at',
      resolvedAt: 'resolved_at', departmentId: 'department_id', reroutedFromId: 'rerouted_from_id', acknowledgeBy: 'acknowledge_by',
      resolveBy: 'resolve_by', ackBreachAlertedAt: 'ack_breach_alerted_at', resolveBreachAlertedAt: 'resolve_breach_alerted_at', reason: 'reason',
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) continue;
      params.push(v);
      sets.push(`${columns[k]} = $${params.length}`);
    }
    if (!sets.length) return;
    await manager.query(`UPDATE feedback_items SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async logActivity(itemId: string, kind: ActivityKind, actorId: string | null, data: Record<string, unknown>, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO feedback_item_activities (item_id, kind, actor_id, data) VALUES ($1, $2, $3, $4)`, [itemId, kind, actorId, data]);
  }

  activity(itemId: string): Promise<Array<{ id: string; kind: ActivityKind; actorId: string | null; data: Record<string, unknown>; createdAt: Date }>> {
    return this.dataSource.query(
      `SELECT id::text, kind, actor_id AS "actorId", data, created_at AS "createdAt" FROM feedback_item_activities WHERE item_id = $1 ORDER BY id`,
      [itemId],
    );
  }

  async eraseCustomer(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE feedback_items SET comment = NULL, agent = NULL WHERE customer_id = $1`, [customerId]);
    await manager.query(`UPDATE feedback_replies SET body = NULL, subject = NULL WHERE customer_id = $1`, [customerId]);
  }

  exportCustomer(customerId: string, manager: EntityManager): Promise<unknown[]> {
    return manager.query(
      `SELECT f.id, f.department_id AS "departmentId", f.metric, f.score, f.comment, f.status, f.resolution_note AS "resolutionNote",
              f.created_at AS "createdAt", f.resolved_at AS "resolvedAt",
              (SELECT coalesce(jsonb_agg(jsonb_build_object('channel', r.channel, 'body', r.body, 'status', r.status, 'createdAt', r.created_at) ORDER BY r.created_at), '[]'::jsonb)
               FROM feedback_replies r WHERE r.item_id = f.id) AS replies
       FROM feedback_items f WHERE f.customer_id = $1 ORDER BY f.created_at`,
      [customerId],
    );
  }
}

/**
 * The scope as a SQL condition on `f.department_id`. API keys and users alike
 * carry an AccessScope; a scope that sees no department gets no rows.
 */
function scopeCondition(scope: AccessScope, bind: (v: unknown) => string): string {
  if (scope.seesAllDepartments) return 'true';
  const own = scope.ownDepartmentId;
  return own ? `f.department_id = ${bind(own)}` : 'false';
}
