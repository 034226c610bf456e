import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Cursor, Keyed, getKeyedMany } from '@feedloop/core/http/cursor';
import { UUID } from '@feedloop/core/validation';
import type { AuditActor } from './audit-actor';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRowWrite {
  action: string;
  entityType: string;
  entityId: string | null;
  customerId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  /** A user's or API key's id, or `cli` / `system`. */
  actor?: string;
  /** `user.` matches user.created, user.updated…; `user.created` only itself. */
  actionPrefix?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** On the caller's connection: the row commits or rolls back with the change it describes. */
  async insert(manager: EntityManager, actor: AuditActor, row: AuditRowWrite): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_kind, actor_user_id, actor_api_key_id, actor_label, action, entity_type, entity_id, customer_id, before, after, request_id, client_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        actor.kind,
        actor.userId,
        actor.apiKeyId,
        actor.label,
        row.action,
        row.entityType,
        row.entityId,
        row.customerId,
        row.before === null || row.before === undefined ? null : JSON.stringify(row.before),
        row.after === null || row.after === undefined ? null : JSON.stringify(row.after),
        actor.requestId,
        actor.clientAddress,
      ],
    );
  }

  /** Newest first, keyset-paginated. */
  page(filter: AuditFilter, after: Cursor | null, limit: number): Promise<Keyed<AuditEntryEntity>[]> {
    const q = this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit);
    if (filter.actor) {
      if (UUID.test(filter.actor)) q.andWhere('(a.actor_user_id = :actor OR a.actor_api_key_id = :actor)', { actor: filter.actor });
      else q.andWhere('a.actor_kind = :actorKind', { actorKind: filter.actor });
    }
    if (filter.actionPrefix) q.andWhere(`a.action LIKE :prefix ESCAPE '\\'`, { prefix: `${filter.actionPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (filter.entityType) q.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) q.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.from) q.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) q.andWhere('a.at < :to', { to: filter.to });
    if (after) q.andWhere('(a.at, a.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return getKeyedMany(q, 'a', 'at');
  }

  /** Erasure: what the rows said about the customer goes; that something was done, by whom and when, stays. */
  async eraseCustomer(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased":true}'::jsonb END,
                            after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased":true}'::jsonb END
       WHERE customer_id = $1 AND action <> 'customer.erased'`,
      [customerId],
    );
  }
}
