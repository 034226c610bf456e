import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { AccessScope } from '@feedloop/auth/access-scope';
import { UsersService } from '@feedloop/auth/users.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { Cursor, Keyed, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { parseDateParam } from '@feedloop/core/http/date-param';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { CustomersService } from '@feedloop/customers/customers.service';
import { DepartmentEntity } from '@feedloop/departments/department.entity';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { ThemesService, ThemeSummary } from '@feedloop/themes/themes.service';
import { FeedbackItemDetailDto, FeedbackItemDto, FeedbackItemPageDto, ItemActivityDto, ReplyDto } from './dto/feedback-item.dto';
import { ListFeedbackItemsQueryDto, RerouteFeedbackItemDto, UpdateFeedbackItemDto } from './dto/feedback-queries.dto';
import type { FeedbackStatus } from './feedback-item.entity';
import { FeedbackItemsRepository, ItemFilters, ItemRow } from './feedback-items.repository';
import type { FeedbackReplyEntity } from './feedback-reply.entity';
import { FeedbackRepliesRepository } from './feedback-replies.repository';
import { FeedbackWebhooks } from './feedback-webhooks';
import { FeedbackItemNotFoundError, IllegalStatusChangeError } from './feedback.errors';
import { deadlines } from './sla';

/** Where an item may go from each status. Resolving straight from new or acknowledged is allowed (a quick fix needs no "start"). */
export const STATUS_TRANSITIONS: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  new: ['acknowledged', 'in_progress', 'resolved'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['in_progress'],
};


/** A department head's inbox: listing, reading and working the items routed to their department. */
@Injectable()
export class FeedbackItemsService implements OnModuleInit {
  constructor(
    private readonly repo: FeedbackItemsRepository,
    private readonly replies: FeedbackRepliesRepository,
    private readonly departments: DepartmentsService,
    private readonly themes: ThemesService,
    private readonly users: UsersService,
    private readonly customers: CustomersService,
    private readonly webhooks: FeedbackWebhooks,
    private readonly personalData: PersonalDataRegistry,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'feedbackItems',
      export: (customerId, manager) => this.repo.exportCustomer(customerId, manager),
      erase: (customerId, manager) => this.repo.eraseCustomer(customerId, manager),
    });
  }

  async list(scope: AccessScope, query: ListFeedbackItemsQueryDto): Promise<FeedbackItemPageDto> {
    const limit = query.limit ?? 50;
    const filters: ItemFilters = {
      status: query.status,
      theme: query.theme,
      slaState: query.slaState,
      contactChannel: query.contactChannel,
      team: query.team,
      assigneeId: query.assigneeId,
      customerId: query.customerId,
      from: query.from ? parseDateParam(query.from, 'from') : undefined,
      to: query.to ? parseDateParam(query.to, 'to') : undefined,
    };
    if (query.department) {
      const department = (await this.departments.list()).find((d) => d.key === query.department);
      // An unknown department key lists nothing, like any other filter that matches nothing.
      if (!department) return { items: [], nextCursor: null };
      filters.departmentId = department.id;
    }
    const cursor = decodeCursor(query.cursor);
    const rows = await this.repo.list(scope, filters, cursor, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await this.toDtos(page), nextCursor: rows.length > limit && last ? encodeExactCursor(last.keysetAt, last.id) : null };
  }

  async get(scope: AccessScope, id: string): Promise<FeedbackItemDetailDto> {
    const row = await this.visible(scope, id);
    // Every name the page needs (assignee, activity, replies) from one read of the users, alongside the rest.
    const names = this.userNames(null);
    const [[item], activity, replies, userNames] = await Promise.all([this.toDtos([row], names), this.repo.activity(id), this.replies.ofItem(id), names]);
    return {
      ...item,
      activity: activity.map(
        (a): ItemActivityDto => ({
          id: a.id,
          kind: a.kind,
          actor: a.actorId ? { id: a.actorId, name: userNames.get(a.actorId) ?? '' } : null,
          data: a.data,
          createdAt: new Date(a.createdAt).toISOString(),
        }),
      ),
      replies: replies.map((r) => toReplyDto(r, userNames)),
    };
  }

  /** Status, assignee, resolution note and themes; every change is in the item's activity log. */
  async update(scope: AccessScope, id: string, input: UpdateFeedbackItemDto, auditActor: AuditActor = SYSTEM_ACTOR): Promise<FeedbackItemDto> {
    const actor = scope.actorUserId;
    await this.repo.transaction(async (m) => {
      const item = await this.visible(scope, id, m);
      await this.repo.lock(id, m);
      const audit = (action: string, before: object, after: object) =>
        this.audit.record(m, auditActor, { action, entityType: 'feedback_item', entityId: id, customerId: item.customerId, before, after });
      if (input.assigneeId !== undefined && input.assigneeId !== item.assigneeId) {
        if (input.assigneeId !== null) await this.checkAssignee(item.departmentId, input.assigneeId);
        await this.repo.update(id, { assigneeId: input.assigneeId }, m);
        await this.repo.logActivity(id, 'assigned', actor, { from: item.assigneeId, to: input.assigneeId }, m);
        await audit('feedback_item.assigned', { assigneeId: item.assigneeId }, { assigneeId: input.assigneeId });
      }
      if (input.themes !== undefined) {
        const changed = await this.editThemes(item, input.themes, actor, m);
        if (changed) await audit('feedback_item.themes_changed', { themes: changed.from }, { themes: changed.to });
      }
      if (input.status !== undefined && input.status !== item.status) {
        const allowed = STATUS_TRANSITIONS[item.status];
        if (!allowed.includes(input.status)) throw new IllegalStatusChangeError(item.status, input.status, allowed);
        const now = new Date();
        const to = input.status;
        if (to === 'resolved' && !input.resolutionNote) {
          throw new InvalidInputError('resolutionNote must be given to resolve an item', 'resolutionNote');
        }
        await this.repo.update(
          id,
          {
            status: to,
            acknowledgedAt: item.acknowledgedAt ?? (to !== 'new' ? now : null),
            resolvedAt: to === 'resolved' ? now : null,
            resolutionNote: to === 'resolved' ? input.resolutionNote : item.resolutionNote,
          },
          m,
        );
        await this.repo.logActivity(id, 'status_changed', actor, { from: item.status, to, ...(to === 'resolved' ? { note: input.resolutionNote } : {}) }, m);
        await audit(
          'feedback_item.status_changed',
          { status: item.status, resolutionNote: item.resolutionNote },
          { status: to, resolutionNote: to === 'resolved' ? input.resolutionNote : item.resolutionNote },
        );
        if (to === 'resolved') await this.webhooks.itemResolved(id, m);
      } else if (input.resolutionNote !== undefined && item.status === 'resolved') {
        await this.repo.update(id, { resolutionNote: input.resolutionNote }, m);
        await this.repo.logActivity(id, 'status_changed', actor, { from: 'resolved', to: 'resolved', note: input.resolutionNote }, m);
        await audit('feedback_item.status_changed', { status: 'resolved', resolutionNote: item.resolutionNote }, { status: 'resolved', resolutionNote: input.resolutionNote });
      }
    });
    return this.getItem(scope, id);
  }

  /**
   * Moves an item to the department that should act on it. The move is
   * recorded on the item and taught to the classifier (the comment with the
   * new department's themes). A head who re-routes loses sight of the item.
   */
  async reroute(scope: AccessScope, id: string, input: RerouteFeedbackItemDto, auditActor: AuditActor = SYSTEM_ACTOR): Promise<FeedbackItemDto> {
    const actor = scope.actorUserId;
    const target = (await this.departments.list()).find((d) => d.key === input.department);
    if (!target) throw new InvalidInputError(`department must be the key of a department (${input.department} is not one)`, 'department');
    const summaries = await this.themes.summaries();
    const item = await this.repo.transaction(async (m) => {
      const item = await this.visible(scope, id, m);
      await this.repo.lock(id, m);
      if (item.departmentId === target.id) throw new InvalidInputError(`department must differ from the item's own (${input.department})`, 'department');
      const siblings = item.responseId ? await this.repo.itemsOfResponse(item.responseId, m) : await this.repo.itemsOfChurnCase(item.churnCaseId!, m);
      const sibling = siblings.find((e) => e.departmentId === target.id && e.id !== id);
      const keys = input.themes ?? item.themes.map((t) => t.key).filter((k) => summaries.get(k)?.departmentId === target.id);
      checkThemes(keys, summaries);
      const from = await this.departments.get(item.departmentId);
      if (sibling) {
        // The response already has an item there: merge into it rather than break the one-per-department rule.
        await this.repo.withdraw(id, m);
        await this.repo.logActivity(id, 'rerouted_out', actor, { from: from.key, to: target.key, note: input.note ?? null, mergedInto: sibling.id }, m);
        await this.repo.logActivity(sibling.id, 'rerouted_in', actor, { from: from.key, to: target.key, note: input.note ?? null }, m);
      } else {
        const { acknowledgeBy, resolveBy } = deadlines(new Date(), target);
        await this.repo.update(
          id,
          { departmentId: target.id, reroutedFromId: item.departmentId, reason: 'manual', status: 'new', acknowledgedAt: null, resolvedAt: null, acknowledgeBy, resolveBy, assigneeId: null, ackBreachAlertedAt: null, resolveBreachAlertedAt: null },
          m,
        );
        await this.repo.replaceAllThemes(id, keys.map((key) => ({ key, confidence: 1, source: 'staff' as const })), m);
        await this.repo.logActivity(id, 'rerouted_out', actor, { from: from.key, to: target.key, note: input.note ?? null }, m);
      }
      if (item.comment) {
        await this.themes.recordCorrection(
          { text: item.comment, locale: item.locale, themeKeys: keys, departmentKey: target.key, source: 'reroute', feedbackItemId: id, customerId: item.customerId, createdBy: actor },
          m,
        );
      }
      await this.audit.record(m, auditActor, {
        action: 'feedback_item.rerouted',
        entityType: 'feedback_item',
        entityId: id,
        customerId: item.customerId,
        before: { department: from.key, status: item.status, assigneeId: item.assigneeId, themes: item.themes.map((t) => t.key).sort() },
        after: { department: target.key, ...(sibling ? { mergedInto: sibling.id } : { status: 'new', assigneeId: null, themes: [...keys].sort() }), note: input.note ?? null },
      });
      return sibling ? sibling.id : id;
    });
    return this.getItem(AccessScope.system(), item);
  }

  /**
   * A customer's items within the scope, newest first, strictly before
   * `before` (for the customer timeline, which merges them with other lists).
   */
  async listForCustomer(scope: AccessScope, customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<FeedbackItemDto>>> {
    const rows = await this.repo.list(scope, { customerId }, before, limit);
    const dtos = await this.toDtos(rows);
    return rows.map((r, i) => ({ key: { at: r.keysetAt, id: r.id }, row: dtos[i] }));
  }

  /** A customer's replies on items within the scope, newest first (for the timeline). */
  async repliesForCustomer(scope: AccessScope, customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<ReplyDto & { itemId: string }>>> {
    const departmentIds = scope.seesAllDepartments ? null : scope.ownDepartmentId ? [scope.ownDepartmentId] : [];
    const rows = await this.replies.forCustomer(customerId, departmentIds, before, limit);
    const names = await this.userNames(rows.map((r) => r.authorId));
    return rows.map((r) => ({ key: { at: r.keysetAt, id: r.id }, row: { ...toReplyDto(r, names), itemId: r.itemId } }));
  }

  /** Users an item may be assigned to: its department's people, and admins and analysts. */
  async assignableUsers(scope: AccessScope, id: string): Promise<Array<{ id: string; name: string }>> {
    const item = await this.visible(scope, id);
    return (await this.assignable(item.departmentId)).map((u) => ({ id: u.id, name: u.name }));
  }

  /** One item as the API shows it, within the scope. */
  async getItem(scope: AccessScope, id: string): Promise<FeedbackItemDto> {
    const [dto] = await this.toDtos([await this.visible(scope, id)]);
    return dto;
  }

  /** The themes before and after, or null when they stayed the same. */
  private async editThemes(item: ItemRow, keys: string[], actor: string | null, m: EntityManager): Promise<{ from: string[]; to: string[] } | null> {
    const summaries = await this.themes.summaries();
    checkThemes(keys, summaries);
    const before = item.themes.map((t) => t.key).sort();
    const after = [...new Set(keys)].sort();
    if (before.join() === after.join()) return null;
    await this.repo.replaceAllThemes(item.id, after.map((key) => ({ key, confidence: 1, source: 'staff' as const })), m);
    await this.repo.logActivity(item.id, 'themes_changed', actor, { from: before, to: after }, m);
    if (item.comment) {
      const department = await this.departments.get(item.departmentId);
      await this.themes.recordCorrection(
        { text: item.comment, locale: item.locale, themeKeys: after, departmentKey: department.key, source: 'theme_edit', feedbackItemId: item.id, customerId: item.customerId, createdBy: actor },
        m,
      );
    }
    return { from: before, to: after };
  }

  private async checkAssignee(departmentId: string, userId: string): Promise<void> {
    if (!(await this.assignable(departmentId)).some((u) => u.id === userId)) {
      throw new InvalidInputError('assigneeId must be an active user of the item\'s department, an analyst or an admin', 'assigneeId');
    }
  }

  private async assignable(departmentId: string) {
    const everyone = await this.users.list(AccessScope.system());
    return everyone.filter((u) => !u.disabledAt && (u.departmentId === departmentId || u.role === 'admin' || u.role === 'analyst'));
  }

  private async visible(scope: AccessScope, id: string, m?: EntityManager): Promise<ItemRow> {
    const row = isUUID(id) ? await this.repo.findVisible(scope, id, m) : null;
    if (!row) throw new FeedbackItemNotFoundError(id);
    return row;
  }

  /** `names`: user names already being read (else the assignees' are). */
  private async toDtos(rows: ItemRow[], names?: Promise<Map<string, string>>): Promise<FeedbackItemDto[]> {
    if (!rows.length) return [];
    const customerIds = [...new Set(rows.map((r) => r.customerId))];
    const [departments, summaries, customers, userNames] = await Promise.all([
      this.departments.list(),
      this.themes.summaries(),
      this.customers.labelsOf(customerIds),
      names ?? this.userNames(rows.map((r) => r.assigneeId)),
    ]);
    const byId = new Map<string, DepartmentEntity>(departments.map((d) => [d.id, d]));
    return rows.map((r) => {
      const d = byId.get(r.departmentId);
      const from = r.reroutedFromId ? byId.get(r.reroutedFromId) : undefined;
      const customer = customers.get(r.customerId);
      return {
        id: r.id,
        department: { id: r.departmentId, key: d?.key ?? '', name: d?.name ?? '' },
        themes: r.themes.map((t) => ({ key: t.key, confidence: Math.round(t.confidence * 1000) / 1000, source: t.source, name: summaries.get(t.key)?.name ?? {} })),
        status: r.status,
        reason: r.reason,
        score: r.score,
        metric: r.metric,
        comment: r.comment,
        locale: r.locale,
        customer: { id: r.customerId, externalId: customer?.externalId ?? null, name: customer?.name ?? null },
        contact: { channel: r.contactChannel, team: r.team, agent: r.agent, caseId: r.caseId },
        surveyId: r.surveyId,
        responseId: r.responseId,
        churnCaseId: r.churnCaseId,
        assignee: r.assigneeId ? { id: r.assigneeId, name: userNames.get(r.assigneeId) ?? '' } : null,
        acknowledgeBy: new Date(r.acknowledgeBy).toISOString(),
        resolveBy: new Date(r.resolveBy).toISOString(),
        acknowledgedAt: r.acknowledgedAt ? new Date(r.acknowledgedAt).toISOString() : null,
        resolvedAt: r.resolvedAt ? new Date(r.resolvedAt).toISOString() : null,
        resolutionNote: r.resolutionNote,
        slaState: r.slaState,
        reroutedFrom: from ? { id: from.id, key: from.key, name: from.name } : null,
        createdAt: new Date(r.createdAt).toISOString(),
        updatedAt: new Date(r.updatedAt).toISOString(),
      };
    });
  }

  /** Names of the users `ids` (null: of every user). */
  private async userNames(ids: Array<string | null> | null): Promise<Map<string, string>> {
    const wanted = ids && new Set(ids.filter((id): id is string => !!id));
    if (wanted && !wanted.size) return new Map();
    const users = await this.users.list(AccessScope.system());
    return new Map(users.filter((u) => !wanted || wanted.has(u.id)).map((u) => [u.id, u.name]));
  }
}

function toReplyDto(r: FeedbackReplyEntity, names: Map<string, string>): ReplyDto {
  return {
    id: r.id,
    channel: r.channel,
    locale: r.locale,
    subject: r.subject,
    body: r.body,
    status: r.status,
    lastError: r.lastError,
    author: r.authorId ? { id: r.authorId, name: names.get(r.authorId) ?? '' } : null,
    createdAt: new Date(r.createdAt).toISOString(),
    sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null,
  };
}

function checkThemes(keys: string[], summaries: Map<string, ThemeSummary>): void {
  const unknown = keys.filter((k) => !summaries.has(k));
  if (unknown.length) throw new InvalidInputError(`themes must be theme keys (${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not)`, 'themes');
}
