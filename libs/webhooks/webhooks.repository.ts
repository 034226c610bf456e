import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { Cursor, Keyed, getKeyedMany } from '@feedloop/core/http/cursor';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { DeliveryEventType, DeliveryStatus, EndpointStatus, WebhookEventType } from './webhook-events';
import { changedRows } from '@feedloop/core/database/changed-rows';

export interface EndpointWrite {
  url: string;
  description: string;
  events: WebhookEventType[];
  status: EndpointStatus;
}

export interface DeliveryInsert {
  id: string;
  endpointId: string;
  eventType: DeliveryEventType;
  customerId: string | null;
  payload: string;
}

/** What one attempt needs: the delivery, where it goes and the sealed secret it is signed with. */
export interface DeliveryTarget {
  id: string;
  endpointId: string;
  eventType: DeliveryEventType;
  payload: string | null;
  status: DeliveryStatus;
  attempts: number;
  url: string;
  endpointStatus: EndpointStatus;
  secretCiphertext: Buffer;
}

export interface AttemptRecord {
  deliveryId: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
  /** Where the delivery stands after this attempt; `pending` with nextAttemptAt means another try. */
  status: DeliveryStatus;
  nextAttemptAt: Date | null;
}

@Injectable()
export class WebhooksRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  async insertEndpoint(id: string, w: EndpointWrite, secretCiphertext: Buffer, secretHint: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity> {
    await manager.query(
      `INSERT INTO webhook_endpoints (id, url, description, events, status, secret_ciphertext, secret_hint) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, w.url, w.description, w.events, w.status, secretCiphertext, secretHint],
    );
    return (await this.findEndpoint(id, manager))!;
  }

  listEndpoints(): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.manager.find(WebhookEndpointEntity, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findEndpoint(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity | null> {
    return manager.findOne(WebhookEndpointEntity, { where: { id } });
  }

  /** The row, locked until the transaction ends, so its audit row shows what the change overwrote. */
  lockEndpoint(id: string, manager: EntityManager): Promise<WebhookEndpointEntity | null> {
    return manager.findOne(WebhookEndpointEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateEndpoint(id: string, patch: Partial<EndpointWrite>, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity | null> {
    const count = await changedRows(
      manager,
      `UPDATE webhook_endpoints SET
         url = COALESCE($2, url), description = COALESCE($3, description), events = COALESCE($4, events),
         status = COALESCE($5, status), updated_at = now()
       WHERE id = $1`,
      [id, patch.url ?? null, patch.description ?? null, patch.events ?? null, patch.status ?? null],
    );
    return count ? this.findEndpoint(id, manager) : null;
  }

  async replaceSecret(id: string, secretCiphertext: Buffer, secretHint: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity | null> {
    const count = await changedRows(
      manager,
      `UPDATE webhook_endpoints SET secret_ciphertext = $2, secret_hint = $3, secret_rotated_at = now(), updated_at = now() WHERE id = $1`,
      [id, secretCiphertext, secretHint],
    );
    return count ? this.findEndpoint(id, manager) : null;
  }

  /** Its deliveries and their log go with it (ON DELETE CASCADE): a job due for one then finds nothing to send. */
  async deleteEndpoint(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await changedRows(manager, `DELETE FROM webhook_endpoints WHERE id = $1`, [id])) > 0;
  }

  /** Active endpoints subscribed to any of `types`: usually none, and then this is the only statement publishing costs. */
  subscribedEndpoints(types: WebhookEventType[], manager: EntityManager): Promise<Array<{ id: string; events: WebhookEventType[] }>> {
    return manager.query(`SELECT id, events FROM webhook_endpoints WHERE status = 'active' AND events && $1::text[] ORDER BY created_at, id`, [types]);
  }

  async insertDeliveries(rows: DeliveryInsert[], manager: EntityManager): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_type, customer_id, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[])`,
      [rows.map((r) => r.id), rows.map((r) => r.endpointId), rows.map((r) => r.eventType), rows.map((r) => r.customerId), rows.map((r) => r.payload)],
    );
  }

  async deliveryTarget(id: string): Promise<DeliveryTarget | null> {
    const rows: DeliveryTarget[] = await this.dataSource.query(
      `SELECT d.id, d.endpoint_id AS "endpointId", d.event_type AS "eventType", d.payload, d.status, d.attempts,
              e.url, e.status AS "endpointStatus", e.secret_ciphertext AS "secretCiphertext"
       FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
       WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Records an attempt only if the delivery is still where the attempt
   * found it (pending, after attempt - 1 attempts): a job that ran twice, or
   * a delivery cancelled or deleted meanwhile, writes nothing. False then.
   */
  async recordAttempt(a: AttemptRecord, manager: EntityManager): Promise<boolean> {
    const updated = await changedRows(
      manager,
      `UPDATE webhook_deliveries SET attempts = $2, status = $3, last_status_code = $4, last_error = $5, next_attempt_at = $6,
         completed_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END
       WHERE id = $1 AND status = 'pending' AND attempts = $2 - 1`,
      [a.deliveryId, a.attempt, a.status, a.statusCode, a.error, a.nextAttemptAt],
    );
    if (!updated) return false;
    await manager.query(
      `INSERT INTO webhook_attempts (delivery_id, attempt, status_code, error, duration_ms, attempted_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.deliveryId, a.attempt, a.statusCode, a.error, a.durationMs, a.attemptedAt],
    );
    return true;
  }

  async cancel(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'cancelled', last_error = $2, next_attempt_at = NULL, completed_at = now()
       WHERE id = $1 AND status = 'pending'`,
      [id, reason],
    );
  }

  /** Oldest first, keyset-paginated, for the API's list. */
  endpointsPage(after: Cursor | null, limit: number): Promise<Keyed<WebhookEndpointEntity>[]> {
    const q = this.dataSource.manager
      .createQueryBuilder(WebhookEndpointEntity, 'e')
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit);
    if (after) q.where('(e.created_at, e.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return getKeyedMany(q, 'e', 'created_at');
  }

  /** Newest first, keyset-paginated. */
  deliveriesOf(endpointId: string, after: Cursor | null, limit: number): Promise<Keyed<WebhookDeliveryEntity>[]> {
    const q = this.dataSource.manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .where('d.endpoint_id = :endpointId', { endpointId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit);
    if (after) q.andWhere('(d.created_at, d.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return getKeyedMany(q, 'd', 'created_at');
  }

  findDeliveries(ids: string[]): Promise<WebhookDeliveryEntity[]> {
    return this.dataSource.manager.find(WebhookDeliveryEntity, { where: { id: In(ids) }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The latest `perEndpoint` deliveries of each endpoint, for the admin page. */
  async recentDeliveries(endpointIds: string[], perEndpoint: number): Promise<WebhookDeliveryEntity[]> {
    if (!endpointIds.length) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d.id FROM unnest($1::uuid[]) AS e(id)
       CROSS JOIN LATERAL (
         SELECT id FROM webhook_deliveries WHERE endpoint_id = e.id ORDER BY created_at DESC, id DESC LIMIT $2
       ) d`,
      [endpointIds, perEndpoint],
    );
    return rows.length ? this.findDeliveries(rows.map((r) => r.id)) : [];
  }

  attemptsOf(deliveryIds: string[]): Promise<WebhookAttemptEntity[]> {
    if (!deliveryIds.length) return Promise.resolve([]);
    return this.dataSource.manager.find(WebhookAttemptEntity, { where: { deliveryId: In(deliveryIds) }, order: { attempt: 'ASC' } });
  }

  /** Bodies carrying the customer's data are dropped, and what was still to be sent is not. */
  async eraseCustomer(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries SET payload = NULL,
         status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END,
         last_error = CASE WHEN status = 'pending' THEN 'customer erased' ELSE last_error END,
         next_attempt_at = NULL,
         completed_at = COALESCE(completed_at, now())
       WHERE customer_id = $1`,
      [customerId],
    );
  }

  async purgeCompletedBefore(before: Date): Promise<number> {
    return changedRows(this.dataSource.manager, `DELETE FROM webhook_deliveries WHERE completed_at < $1`, [before]);
  }
}
