import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CustomerRow {
  id: string;
  externalId: string;
  name: string | null;
  email: string | null;
  /** E.164, as the API stores it. */
  phone: string | null;
  locale: 'pl' | 'en';
  timeZone: string;
  attributes: Record<string, string | number | boolean | null>;
  emailOptedOut: boolean;
  smsOptedOut: boolean;
}

/**
 * A persisted customer with unique defaults, inserted directly so tests of
 * other modules need no HTTP round trip. Pass the Nest app or a DataSource.
 */
export async function makeCustomer(
  target: INestApplicationContext | DataSource,
  overrides: Partial<Omit<CustomerRow, 'id'>> = {},
): Promise<CustomerRow> {
  const db = target instanceof DataSource ? target : target.get(DataSource);
  const suffix = randomBytes(4).toString('hex');
  const row: Omit<CustomerRow, 'id'> = {
    externalId: `cust-${suffix}`,
    name: 'Anna Nowak',
    email: `anna.${suffix}@example.com`,
    phone: `+48601${String(parseInt(suffix, 16) % 1_000_000).padStart(6, '0')}`,
    locale: 'pl',
    timeZone: 'Europe/Warsaw',
    attributes: {},
    emailOptedOut: false,
    smsOptedOut: false,
    ...overrides,
  };
  const [{ id }] = await db.query(
    `INSERT INTO customers (external_id, name, email, phone, locale, time_zone, attributes, email_opted_out_at, sms_opted_out_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, CASE WHEN $8 THEN now() END, CASE WHEN $9 THEN now() END) RETURNING id`,
    [row.externalId, row.name, row.email, row.phone, row.locale, row.timeZone, JSON.stringify(row.attributes), row.emailOptedOut, row.smsOptedOut],
  );
  return { id, ...row };
}

/** `count` plain customers for the import endpoint or CustomersService.upsertMany. */
export function customerInputs(count: number, prefix = 'bulk'): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => ({
    externalId: `${prefix}-${i + 1}`,
    name: `Customer ${i + 1}`,
    email: `${prefix}-${i + 1}@example.com`,
    phone: `+48 601 ${String(Math.floor(i / 1000) % 1000).padStart(3, '0')} ${String(i % 1000).padStart(3, '0')}`,
    locale: i % 2 ? 'en' : 'pl',
    attributes: { plan: i % 3 ? 'basic' : 'pro', seats: i % 10 },
  }));
}
