import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Page, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import type { AuditActor } from './audit-actor';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditFilter, AuditLogRepository } from './audit-log.repository';
import { AuditEntryDto, AuditQueryDto } from './dto/audit-entry.dto';
import { parseDateParam } from '@feedloop/core/http/date-param';
import { redact } from './redact';

/** What a service says about the change it made. */
export interface AuditChange {
  /** `<entity>.<verb>`: user.created, department.updated, feedback_item.rerouted… */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Snapshots of the entity (null when it did not exist before / after); secrets are redacted whatever is passed. */
  before?: object | null;
  after?: object | null;
  /** The customer whose personal data the snapshots carry, so erasing them clears it. */
  customerId?: string | null;
}

/**
 * The audit log: who changed what, when, before and after. Written like
 * JobsService.publish, on the caller's EntityManager, so a change and its
 * row commit together or not at all. Kept forever.
 */
@Injectable()
export class AuditLog implements OnModuleInit {
  constructor(
    private readonly repo: AuditLogRepository,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'auditLog',
      // Copies of the customer's data that their own module exports; only erasure concerns this one.
      export: async () => [],
      erase: (customerId, manager) => this.repo.eraseCustomer(customerId, manager),
    });
  }

  /**
   * One row in `manager`'s transaction. An update that changed nothing (the
   * same snapshot before and after) writes nothing: pausing a paused survey
   * is not an event.
   */
  async record(manager: EntityManager, actor: AuditActor, change: AuditChange): Promise<void> {
    const before = change.before ? redact(change.before) : null;
    const after = change.after ? redact(change.after) : null;
    if (before && after && JSON.stringify(before) === JSON.stringify(after)) return;
    await this.repo.insert(manager, actor, {
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      customerId: change.customerId ?? null,
      before,
      after,
    });
  }

  /** Newest first; for admins only (the callers check). */
  async list(query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const limit = query.limit ?? 50;
    const filter: AuditFilter = {
      actor: query.actor,
      actionPrefix: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      from: query.from ? parseDateParam(query.from, 'from') : undefined,
      to: query.to ? parseDateParam(query.to, 'to') : undefined,
    };
    const rows = await this.repo.page(filter, decodeCursor(query.cursor), limit + 1);
    const last = rows[limit - 1];
    return { items: rows.slice(0, limit).map((k) => toView(k.row)), nextCursor: rows.length > limit ? encodeExactCursor(last.key.at, last.key.id) : null };
  }
}

function toView(a: AuditEntryEntity): AuditEntryDto {
  return {
    id: a.id,
    at: new Date(a.at).toISOString(),
    actor: { kind: a.actorKind, userId: a.actorUserId, apiKeyId: a.actorApiKeyId, label: a.actorLabel },
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before,
    after: a.after,
    requestId: a.requestId,
    clientAddress: a.clientAddress,
  };
}
