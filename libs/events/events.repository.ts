import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { Cursor, Keyed, exactTimestampSql } from '@feedloop/core/http/cursor';
import { ContactChannel, EventType } from './dto/create-event.dto';
import { ConsumedEvent, EventData, EventDto } from './dto/event.dto';
import { EventEntity } from './event.entity';
import type { EventFields } from './event-input';

/** An event ready to insert, its customer already resolved to an id. */
export interface EventWrite {
  customerId: string;
  event: EventFields;
}

export interface EventFilter {
  type?: EventType;
  customerId?: string;
  customerExternalId?: string;
  contactChannel?: ContactChannel;
  team?: string;
  occurredFrom?: string;
  occurredBefore?: string;
}

interface EventRow {
  id: string;
  type: EventType;
  idempotency_key: string;
  customer_id: string;
  customer_external_id: string | null;
  occurred_at: Date;
  received_at: Date;
  contact_channel: ContactChannel | null;
  team: string | null;
  agent: string | null;
  case_id: string | null;
  data: EventData;
}

const COLUMNS = 'e.id, e.type, e.idempotency_key, e.customer_id, e.occurred_at, e.received_at, e.contact_channel, e.team, e.agent, e.case_id, e.data';
const INSERT_COLUMNS = 'type, idempotency_key, customer_id, occurred_at, contact_channel, team, agent, case_id, data, body_hash, api_key_id';

/**
 * One statement: the customer lookup rides in the INSERT, so the common case
 * (known customer, new key) is a single round trip. No row back means either
 * the key exists or the customer does not; the caller tells which.
 */
const INSERT_BY_EXTERNAL_ID_SQL = `
  INSERT INTO events AS e (${INSERT_COLUMNS})
  SELECT $1::text, $2::text, c.id, $4::timestamptz, $5::text, $6::text, $7::text, $8::text, $9::jsonb, $11::text, $10::uuid
  FROM customers c WHERE c.external_id = $3::text AND c.erased_at IS NULL
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING ${COLUMNS}, $3::text AS customer_external_id`;

/** Many single-event requests in one statement (see EventsService's coalescer); like INSERT_BY_EXTERNAL_ID_SQL per row. */
const INSERT_MANY_BY_EXTERNAL_ID_SQL = `
  INSERT INTO events AS e (${INSERT_COLUMNS})
  SELECT t.type, t.idempotency_key, c.id, t.occurred_at, t.contact_channel, t.team, t.agent, t.case_id, t.data, t.body_hash, t.api_key_id
  FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::uuid[])
    AS t(type, idempotency_key, customer_external_id, occurred_at, contact_channel, team, agent, case_id, data, body_hash, api_key_id)
  JOIN customers c ON c.external_id = t.customer_external_id AND c.erased_at IS NULL
  ORDER BY t.idempotency_key
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING ${COLUMNS}`;

const INSERT_MANY_SQL = `
  INSERT INTO events (${INSERT_COLUMNS})
  SELECT t.type, t.idempotency_key, t.customer_id, t.occurred_at, t.contact_channel, t.team, t.agent, t.case_id, t.data, t.body_hash, $11::uuid
  FROM unnest($1::text[], $2::text[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[])
    AS t(type, idempotency_key, customer_id, occurred_at, contact_channel, team, agent, case_id, data, body_hash)
  -- Concurrent batches sharing keys then take their key locks in the same order, so they wait instead of deadlocking.
  ORDER BY t.idempotency_key
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING id, idempotency_key`;

// Microseconds kept: a millisecond cursor would start the next page before the last row and repeat rows.
const CURSOR_AT = `to_char(e.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

@Injectable()
export class EventsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** The stored event, or null when the key is taken or no customer has that external id. */
  async insertForExternalId(
    event: EventFields,
    customerExternalId: string,
    apiKeyId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventDto | null> {
    const rows: EventRow[] = await manager.query(INSERT_BY_EXTERNAL_ID_SQL, [
      event.type,
      event.idempotencyKey,
      customerExternalId,
      event.occurredAt,
      event.contactChannel,
      event.team,
      event.agent,
      event.caseId,
      JSON.stringify(event.data),
      apiKeyId,
      event.bodyHash,
    ]);
    return rows.length ? toDto(rows[0]) : null;
  }

  /**
   * Inserts events identified by their customer's external id; returns the
   * stored events by key. A key missing from the result was taken already, or
   * its customer is unknown; a key repeated among the writes is stored once.
   */
  async insertManyForExternalIds(
    writes: Array<{ event: EventFields; customerExternalId: string; apiKeyId: string | null }>,
  ): Promise<Map<string, EventDto>> {
    const rows: EventRow[] = await this.dataSource.query(INSERT_MANY_BY_EXTERNAL_ID_SQL, [
      ...eventColumns(writes, (w) => w.customerExternalId),
      writes.map((w) => w.apiKeyId),
    ]);
    const externalIdByKey = new Map(writes.map((w) => [w.event.idempotencyKey, w.customerExternalId]));
    return new Map(rows.map((r) => [r.idempotency_key, toDto({ ...r, customer_external_id: externalIdByKey.get(r.idempotency_key) ?? null })]));
  }

  /** Events by idempotency key, with their customer's external id. */
  async findByKeys(keys: string[]): Promise<Map<string, EventDto>> {
    if (!keys.length) return new Map();
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, c.external_id AS customer_external_id
       FROM events e JOIN customers c ON c.id = e.customer_id WHERE e.idempotency_key = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((r) => [r.idempotency_key, toDto(r)]));
  }

  /** Inserts the events whose keys are free; returns id by key for those inserted. */
  async insertMany(writes: EventWrite[], apiKeyId: string | null, manager: EntityManager): Promise<Map<string, string>> {
    const inserted = new Map<string, string>();
    if (!writes.length) return inserted;
    const rows: Array<{ id: string; idempotency_key: string }> = await manager.query(INSERT_MANY_SQL, [
      ...eventColumns(writes, (w) => w.customerId),
      apiKeyId,
    ]);
    for (const r of rows) inserted.set(r.idempotency_key, r.id);
    return inserted;
  }

  /** Id and body hash (null before hashing, or after erasure) of the events with these keys. */
  async findIdsByKeys(keys: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, { id: string; bodyHash: string | null }>> {
    const found = new Map<string, { id: string; bodyHash: string | null }>();
    if (!keys.length) return found;
    const rows: Array<{ id: string; idempotency_key: string; body_hash: string | null }> = await manager.query(
      'SELECT id, idempotency_key, body_hash FROM events WHERE idempotency_key = ANY($1::text[])',
      [keys],
    );
    for (const r of rows) found.set(r.idempotency_key, { id: r.id, bodyHash: r.body_hash });
    return found;
  }

  findByKey(key: string, manager: EntityManager = this.dataSource.manager): Promise<EventDto | null> {
    return this.findOne('e.idempotency_key = $1', key, manager);
  }

  async hadEarlierContact(c: { id: string; customerId: string; occurredAt: Date; caseId: string | null }, withinDays: number): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM events
         WHERE customer_id = $1 AND type = 'contact' AND id <> $2 AND occurred_at <= $3
           AND (occurred_at > $3::timestamptz - make_interval(days => $5) OR ($4::text IS NOT NULL AND case_id = $4))
       ) AS yes`,
      [c.customerId, c.id, c.occurredAt, c.caseId, withinDays],
    );
    return row.yes;
  }

  async firstOccurredAt(customerId: string, type: EventType, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const [row] = await manager.query('SELECT min(occurred_at) AS at FROM events WHERE customer_id = $1 AND type = $2', [customerId, type]);
    return row?.at ?? null;
  }

  findById(id: string): Promise<EventDto | null> {
    return this.findOne('e.id = $1', id, this.dataSource.manager);
  }

  /** Oldest first by arrival, so a client paging to the end sees every event once, new ones included. */
  async list(filter: EventFilter, after: Cursor | null, limit: number): Promise<{ items: EventDto[]; last: Cursor | null }> {
    const where: string[] = [];
    const { params, param } = sqlParams();
    if (filter.type) where.push(`e.type = ${param(filter.type)}`);
    if (filter.customerId) where.push(`e.customer_id = ${param(filter.customerId)}::uuid`);
    // A scalar subquery keeps the customer index on events usable; no such customer matches nothing.
    if (filter.customerExternalId) {
      where.push(`e.customer_id = (SELECT id FROM customers WHERE external_id = ${param(filter.customerExternalId)} AND erased_at IS NULL)`);
    }
    if (filter.contactChannel) where.push(`e.contact_channel = ${param(filter.contactChannel)}`);
    if (filter.team) where.push(`e.team = ${param(filter.team)}`);
    if (filter.occurredFrom) where.push(`e.occurred_at >= ${param(filter.occurredFrom)}::timestamptz`);
    if (filter.occurredBefore) where.push(`e.occurred_at < ${param(filter.occurredBefore)}::timestamptz`);
    if (after) where.push(`(e.received_at, e.id) > (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);

    const rows: Array<EventRow & { cursor_at: string }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, c.external_id AS customer_external_id, ${CURSOR_AT}
       FROM events e JOIN customers c ON c.id = e.customer_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.received_at, e.id
       LIMIT ${param(limit + 1)}`,
      params,
    );
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const lastRow = page[page.length - 1];
    return { items: page.map(toDto), last: more && lastRow ? { at: lastRow.cursor_at, id: lastRow.id } : null };
  }

  /** A customer's events, newest first by when they happened, strictly after `before` in that order. */
  async listForCustomer(customerId: string, before: Cursor | null, limit: number, type?: EventType): Promise<Array<Keyed<EventDto>>> {
    const { params, param } = sqlParams();
    const where = [`e.customer_id = ${param(customerId)}`];
    if (before) where.push(`(e.occurred_at, e.id) < (${param(before.at)}::timestamptz, ${param(before.id)}::uuid)`);
    if (type) where.push(`e.type = ${param(type)}`);
    const rows: Array<EventRow & { cursor_at: string }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, c.external_id AS customer_external_id, ${exactTimestampSql('e.occurred_at')} AS cursor_at
       FROM events e JOIN customers c ON c.id = e.customer_id
       WHERE ${where.join(' AND ')}
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT ${param(limit)}`,
      params,
    );
    return rows.map((r) => ({ key: { at: r.cursor_at, id: r.id }, row: toDto(r) }));
  }

  /**
   * Takes up to `limit` events off `consumer`'s queue, oldest arrival first,
   * and returns them. The queue rows are deleted in the caller's transaction
   * and stay locked until it ends: SKIP LOCKED lets other workers of the same
   * consumer take the next ones meanwhile, and a rollback (a crash, a failed
   * handler) puts the events back for the next drain.
   */
  async claimPending(consumer: string, limit: number, manager: EntityManager): Promise<ConsumedEvent[]> {
    const rows: Array<Omit<EventRow, 'customer_external_id'>> = await manager.query(
      `WITH claimed AS (
         DELETE FROM event_consumer_pending p
         WHERE (p.consumer, p.received_at, p.event_id) IN (
           SELECT consumer, received_at, event_id FROM event_consumer_pending
           WHERE consumer = $1
           ORDER BY received_at, event_id
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
         RETURNING p.event_id
       )
       SELECT ${COLUMNS} FROM events e JOIN claimed c ON c.event_id = e.id
       ORDER BY e.received_at, e.id`,
      [consumer, limit],
    );
    return rows.map((r) => {
      const { customerExternalId: _, ...event } = toDto({ ...r, customer_external_id: null });
      return event;
    });
  }

  async consumerExists(name: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM event_consumers WHERE name = $1', [name]);
    return rows.length > 0;
  }

  /** Registers a consumer (nothing if it exists); it is queued the events received from now on. */
  async registerConsumer(name: string, eventTypes: readonly string[] | null): Promise<void> {
    await this.dataSource.query('INSERT INTO event_consumers (name, event_types) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, eventTypes]);
  }

  /** How many events `consumer` has still to handle. */
  async pendingCount(consumer: string): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM event_consumer_pending WHERE consumer = $1', [consumer]);
    return row.n;
  }

  findEntitiesByCustomer(customerId: string, manager: EntityManager): Promise<EventEntity[]> {
    return manager.find(EventEntity, { where: { customerId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  async eraseCustomerData(customerId: string, manager: EntityManager): Promise<void> {
    await manager.update(EventEntity, { customerId }, { caseId: null, data: {}, bodyHash: null });
  }

  private async findOne(condition: string, value: string, manager: EntityManager): Promise<EventDto | null> {
    const rows: EventRow[] = await manager.query(
      `SELECT ${COLUMNS}, c.external_id AS customer_external_id
       FROM events e JOIN customers c ON c.id = e.customer_id WHERE ${condition}`,
      [value],
    );
    return rows.length ? toDto(rows[0]) : null;
  }
}

/** The unnest() arrays both multi-row INSERTs take, in their order; `customer` is an id or an external id. */
function eventColumns<W extends { event: EventFields }>(writes: W[], customer: (w: W) => string): unknown[][] {
  return [
    writes.map((w) => w.event.type),
    writes.map((w) => w.event.idempotencyKey),
    writes.map(customer),
    writes.map((w) => w.event.occurredAt),
    writes.map((w) => w.event.contactChannel),
    writes.map((w) => w.event.team),
    writes.map((w) => w.event.agent),
    writes.map((w) => w.event.caseId),
    writes.map((w) => JSON.stringify(w.event.data)),
    writes.map((w) => w.event.bodyHash),
  ];
}

function toDto(r: EventRow): EventDto {
  return {
    id: r.id,
    type: r.type,
    idempotencyKey: r.idempotency_key,
    customerId: r.customer_id,
    customerExternalId: r.customer_external_id,
    occurredAt: r.occurred_at,
    receivedAt: r.received_at,
    contactChannel: r.contact_channel,
    team: r.team,
    agent: r.agent,
    caseId: r.case_id,
    data: r.data,
  };
}
