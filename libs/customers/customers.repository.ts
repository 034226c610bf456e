import { isUniqueViolation } from '@feedloop/core/database/postgres-errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { Cursor, Keyed, getKeyedMany } from '@feedloop/core/http/cursor';
import { ConsentChangeEntity, ConsentChannel } from './consent-change.entity';
import { CustomerEntity } from './customer.entity';
import { CustomerExternalIdTakenError } from './customers.errors';
import type { CustomerAttributes } from './dto/customer-field.validators';
import type { CustomerLocale } from './dto/upsert-customer.dto';

/**
 * A normalized customer write. `undefined` means "not given": the stored value
 * is kept on update and the default used on insert.
 */
export interface CustomerWrite {
  externalId: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  locale?: CustomerLocale;
  timeZone?: string;
  attributes?: CustomerAttributes;
  emailOptedOut?: boolean;
  smsOptedOut?: boolean;
}

export interface CustomerFilter {
  externalId?: string;
  email?: string;
  phone?: string;
  locale?: CustomerLocale;
  q?: string;
  /** Each entry is one jsonb containment alternative set: a row matches when it contains any of them. */
  attributes?: CustomerAttributes[][];
  createdFrom?: Date;
  createdBefore?: Date;
}

export interface ConsentChangeWrite {
  customerId: string;
  channel: ConsentChannel;
  optedOut: boolean;
  source: string;
}

export interface ConsentState {
  id: string;
  externalId: string;
  emailOptedOut: boolean;
  smsOptedOut: boolean;
}

/** Bits of the "which fields were given" mask the upsert's ON CONFLICT branch reads per row. */
const GIVEN = { name: 1, email: 2, phone: 4, locale: 8, timeZone: 16, attributes: 32, emailOptedOut: 64, smsOptedOut: 128 } as const;

const keep = (column: string, bit: number) =>
  `${column} = CASE WHEN (coalesce(($10::jsonb ->> EXCLUDED.external_id)::int, 0) & ${bit}) <> 0 THEN EXCLUDED.${column} ELSE c.${column} END`;

// An opt-out keeps its original timestamp when it is repeated.
const keepOptOut = (column: string, bit: number) =>
  `${column} = CASE WHEN (coalesce(($10::jsonb ->> EXCLUDED.external_id)::int, 0) & ${bit}) <> 0
     THEN CASE WHEN EXCLUDED.${column} IS NULL THEN NULL ELSE coalesce(c.${column}, EXCLUDED.${column}) END
     ELSE c.${column} END`;

const UPSERT_SQL = `
  INSERT INTO customers AS c (external_id, name, email, phone, locale, time_zone, attributes, email_opted_out_at, sms_opted_out_at)
  SELECT i.external_id, i.name, i.email, i.phone, coalesce(i.locale, $11), coalesce(i.time_zone, $12),
         coalesce(i.attributes::jsonb, '{}'::jsonb),
         CASE WHEN i.email_out THEN now() END, CASE WHEN i.sms_out THEN now() END
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::bool[])
       AS i(external_id, name, email, phone, locale, time_zone, attributes, email_out, sms_out)
  -- A stable row order makes concurrent batches lock shared customers in the same order (no deadlock).
  ORDER BY i.external_id
  ON CONFLICT (external_id) DO UPDATE SET
    ${keep('name', GIVEN.name)},
    ${keep('email', GIVEN.email)},
    ${keep('phone', GIVEN.phone)},
    ${keep('locale', GIVEN.locale)},
    ${keep('time_zone', GIVEN.timeZone)},
    ${keep('attributes', GIVEN.attributes)},
    ${keepOptOut('email_opted_out_at', GIVEN.emailOptedOut)},
    ${keepOptOut('sms_opted_out_at', GIVEN.smsOptedOut)},
    updated_at = now()
  RETURNING c.*, (c.xmax = 0) AS created`;

const COLUMNS: Record<string, keyof CustomerEntity> = {
  externalId: 'externalId',
  name: 'name',
  email: 'email',
  phone: 'phone',
  locale: 'locale',
  timeZone: 'timeZone',
  attributes: 'attributes',
};

@Injectable()
export class CustomersRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Repeatable read, so every section of an export describes the same moment. */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  /**
   * One statement for the whole batch. Which fields each row gave travels as a
   * jsonb map externalId → bitmask, because ON CONFLICT DO UPDATE only sees the
   * proposed row (EXCLUDED), where "not given" and "null" look the same.
   */
  async upsert(
    rows: CustomerWrite[],
    defaults: { locale: CustomerLocale; timeZone: string },
    manager: EntityManager,
  ): Promise<Array<{ customer: CustomerEntity; created: boolean }>> {
    if (!rows.length) return [];
    const masks: Record<string, number> = {};
    for (const r of rows) {
      let mask = 0;
      for (const [field, bit] of Object.entries(GIVEN)) {
        if (r[field as keyof CustomerWrite] !== undefined) mask |= bit;
      }
      masks[r.externalId] = mask;
    }
    const result: Array<Record<string, unknown>> = await manager.query(UPSERT_SQL, [
      rows.map((r) => r.externalId),
      rows.map((r) => r.name ?? null),
      rows.map((r) => r.email ?? null),
      rows.map((r) => r.phone ?? null),
      rows.map((r) => r.locale ?? null),
      rows.map((r) => r.timeZone ?? null),
      rows.map((r) => (r.attributes === undefined ? null : JSON.stringify(r.attributes))),
      rows.map((r) => r.emailOptedOut ?? false),
      rows.map((r) => r.smsOptedOut ?? false),
      JSON.stringify(masks),
      defaults.locale,
      defaults.timeZone,
    ]);
    return result.map((row) => ({ customer: toEntity(row), created: row.created === true }));
  }

  /** Current opt-out state of the given external ids, locking the rows until the transaction ends. */
  async lockConsentByExternalIds(externalIds: string[], manager: EntityManager): Promise<Map<string, ConsentState>> {
    const rows: Array<{ id: string; external_id: string; email_out: boolean; sms_out: boolean }> = await manager.query(
      `SELECT id, external_id, email_opted_out_at IS NOT NULL AS email_out, sms_opted_out_at IS NOT NULL AS sms_out
       FROM customers WHERE external_id = ANY($1::text[]) ORDER BY external_id FOR UPDATE`,
      [externalIds],
    );
    return new Map(
      rows.map((r) => [r.external_id, { id: r.id, externalId: r.external_id, emailOptedOut: r.email_out, smsOptedOut: r.sms_out }]),
    );
  }

  async findIdsByExternalIds(externalIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (!externalIds.length) return new Map();
    const rows: Array<{ id: string; external_id: string }> = await manager.query(
      `SELECT id, external_id FROM customers WHERE external_id = ANY($1::text[]) AND erased_at IS NULL`,
      [externalIds],
    );
    return new Map(rows.map((r) => [r.external_id, r.id]));
  }

  /** Several customers may share a number (a family, a company phone); newest first. */
  async findLiveIdsByPhone(e164: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM customers WHERE phone = $1 AND erased_at IS NULL ORDER BY created_at DESC, id`,
      [e164],
    );
    return rows.map((r) => r.id);
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<CustomerEntity[]> {
    return ids.length ? manager.findBy(CustomerEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CustomerEntity | null> {
    return manager.findOne(CustomerEntity, { where: { id } });
  }

  lockById(id: string, manager: EntityManager): Promise<CustomerEntity | null> {
    return manager.findOne(CustomerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Applies the given fields (undefined = untouched) and returns the updated row.
   * A repeated opt-out keeps its original timestamp.
   */
  async update(id: string, fields: Partial<CustomerWrite>, manager: EntityManager): Promise<CustomerEntity> {
    const set: Record<string, unknown> = { updatedAt: () => 'now()' };
    for (const [key, column] of Object.entries(COLUMNS)) {
      const value = fields[key as keyof CustomerWrite];
      if (value !== undefined) set[column] = value;
    }
    if (fields.emailOptedOut !== undefined) set.emailOptedOutAt = fields.emailOptedOut ? () => 'coalesce(email_opted_out_at, now())' : null;
    if (fields.smsOptedOut !== undefined) set.smsOptedOutAt = fields.smsOptedOut ? () => 'coalesce(sms_opted_out_at, now())' : null;
    try {
      await manager.createQueryBuilder().update(CustomerEntity).set(set).where('id = :id', { id }).execute();
    } catch (err) {
      if (isUniqueViolation(err, 'customers_external_id_key') && fields.externalId) throw new CustomerExternalIdTakenError(fields.externalId);
      throw err;
    }
    return (await manager.findOne(CustomerEntity, { where: { id } }))!;
  }

  /** Opting out stamps the database clock, so it matches the consent_changes row written in the same transaction. */
  async setOptedOut(id: string, channel: ConsentChannel, optedOut: boolean, manager: EntityManager): Promise<void> {
    const column = channel === 'email' ? 'emailOptedOutAt' : 'smsOptedOutAt';
    await manager
      .createQueryBuilder()
      .update(CustomerEntity)
      .set({ [column]: optedOut ? () => 'now()' : null, updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async list(filter: CustomerFilter, after: Cursor | null, limit: number): Promise<Keyed<CustomerEntity>[]> {
    const qb = this.dataSource.getRepository(CustomerEntity).createQueryBuilder('c').where('c.erased_at IS NULL');
    if (filter.externalId !== undefined) qb.andWhere('c.external_id = :externalId', { externalId: filter.externalId });
    if (filter.email !== undefined) qb.andWhere('lower(c.email) = :email', { email: filter.email });
    if (filter.phone !== undefined) qb.andWhere('c.phone = :phone', { phone: filter.phone });
    if (filter.locale !== undefined) qb.andWhere('c.locale = :locale', { locale: filter.locale });
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(c.name ILIKE :like OR c.email ILIKE :like)', { like });
    }
    filter.attributes?.forEach((alternatives, i) => {
      qb.andWhere(
        new Brackets((b) =>
          alternatives.forEach((candidate, j) => b.orWhere(`c.attributes @> :attr_${i}_${j}::jsonb`, { [`attr_${i}_${j}`]: JSON.stringify(candidate) })),
        ),
      );
    });
    if (filter.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdBefore) qb.andWhere('c.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    if (after) qb.andWhere('(c.created_at, c.id) > (:afterAt::timestamptz, :afterId::uuid)', { afterAt: after.at, afterId: after.id });
    return getKeyedMany(qb.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').limit(limit), 'c', 'created_at');
  }

  /**
   * Live customers whose external id, e-mail, name or last name starts with
   * `text` (case-insensitive but for the external id), or whose phone starts
   * with one of `phonePrefixes`. Every arm matches an index of
   * 1765240000000-add-customer-search-indexes (the expressions must stay
   * identical), so PostgreSQL combines index scans instead of reading the table.
   */
  async search(text: string, phonePrefixes: string[], limit: number): Promise<CustomerEntity[]> {
    const [sql, params] = customerSearchQuery(text, phonePrefixes, limit);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(sql, params);
    return rows.map(toEntity);
  }

  /** When each channel's opt-out state last changed, per customer. */
  async consentChangedAt(customerIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Partial<Record<ConsentChannel, Date>>>> {
    const out = new Map<string, Partial<Record<ConsentChannel, Date>>>();
    if (!customerIds.length) return out;
    const rows: Array<{ customer_id: string; channel: ConsentChannel; at: Date }> = await manager.query(
      `SELECT customer_id, channel, max(created_at) AS at FROM consent_changes
       WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id, channel`,
      [customerIds],
    );
    for (const r of rows) out.set(r.customer_id, { ...out.get(r.customer_id), [r.channel]: r.at });
    return out;
  }

  async insertConsentChanges(changes: ConsentChangeWrite[], manager: EntityManager): Promise<void> {
    if (!changes.length) return;
    await manager.query(
      `INSERT INTO consent_changes (customer_id, channel, opted_out, source)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::text[])`,
      [changes.map((c) => c.customerId), changes.map((c) => c.channel), changes.map((c) => c.optedOut), changes.map((c) => c.source)],
    );
  }

  consentHistory(customerId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsentChangeEntity[]> {
    return manager.find(ConsentChangeEntity, { where: { customerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async deleteConsentHistory(customerId: string, manager: EntityManager): Promise<void> {
    await manager.delete(ConsentChangeEntity, { customerId });
  }

  /** Removes everything that identifies the person; the row stays so anonymous statistics keep their customer id. */
  async erase(id: string, manager: EntityManager): Promise<CustomerEntity> {
    await manager.query(
      `UPDATE customers SET external_id = NULL, name = NULL, email = NULL, phone = NULL, attributes = '{}'::jsonb,
              email_opted_out_at = NULL, sms_opted_out_at = NULL, erased_at = now(), updated_at = now()
       WHERE id = $1`,
      [id],
    );
    return (await manager.findOne(CustomerEntity, { where: { id } }))!;
  }
}

/** The statement of CustomersRepository.search, apart so a test can EXPLAIN exactly it. */
export function customerSearchQuery(text: string, phonePrefixes: string[], limit: number): [string, unknown[]] {
  const like = (value: string) => `${value.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const arms = [
    `c.external_id LIKE $1`,
    `lower(c.email) LIKE $2`,
    `lower(c.name) LIKE $2`,
    `lower(regexp_replace(c.name, '^.*\\s', '')) LIKE $2`,
    ...phonePrefixes.map((_, i) => `c.phone LIKE $${i + 4}`),
  ];
  return [
    `SELECT c.* FROM customers c WHERE c.erased_at IS NULL AND (${arms.join(' OR ')})
     ORDER BY lower(c.name) NULLS LAST, c.created_at, c.id LIMIT $3`,
    [like(text), like(text.toLowerCase()), limit, ...phonePrefixes.map(like)],
  ];
}

function toEntity(row: Record<string, unknown>): CustomerEntity {
  return Object.assign(new CustomerEntity(), {
    id: row.id as string,
    externalId: row.external_id as string | null,
    name: row.name as string | null,
    email: row.email as string | null,
    phone: row.phone as string | null,
    locale: row.locale as CustomerLocale,
    timeZone: row.time_zone as string,
    attributes: row.attributes as CustomerAttributes,
    emailOptedOutAt: row.email_opted_out_at as Date | null,
    smsOptedOutAt: row.sms_opted_out_at as Date | null,
    erasedAt: row.erased_at as Date | null,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  });
}
