import type { EntityManager } from 'typeorm';
import { SESSION_USER_ID_KEY } from '@feedloop/auth/session-data';
import { DEMO_EXTERNAL_ID_PREFIX, DEMO_USER_DOMAIN, DemoStep } from '../demo-context';

/**
 * Rows that hold a customer's id without a foreign key (ids across modules,
 * see the themes-and-feedback migration); deleted before the tables that
 * reference customers. Their own children go with them (ON DELETE CASCADE).
 */
const CUSTOMER_ROWS_WITHOUT_FK = ['feedback_replies', 'feedback_items', 'feedback_response_routings', 'theme_training_examples'];

/** The demo customers' ids: external id prefixed `demo-` and the demo marker in attributes, both. */
export const DEMO_CUSTOMERS_SQL = `SELECT id FROM customers WHERE external_id LIKE '${DEMO_EXTERNAL_ID_PREFIX}%' AND attributes->>'demo' = 'true'`;
export const DEMO_USERS_SQL = `SELECT id FROM users WHERE lower(email) LIKE '%@${DEMO_USER_DOMAIN}'`;

/** The last run's demo company, and nothing else: customers and users carrying the demo markers, with every row that depends on them. */
export const removePreviousDemo: DemoStep = {
  name: 'remove previous demo data',
  async run(ctx) {
    const removed = await removeDemoData(ctx.db);
    if (removed.customers || removed.users) ctx.options.log(`removed the previous demo company (${removed.customers} customers, ${removed.users} users)`);
  },
};

export async function removeDemoData(db: EntityManager): Promise<{ customers: number; users: number }> {
  const ids: string[] = (await db.query(DEMO_CUSTOMERS_SQL)).map((r: { id: string }) => r.id);
  if (ids.length) {
    for (const table of CUSTOMER_ROWS_WITHOUT_FK) await db.query(`DELETE FROM ${table} WHERE customer_id = ANY($1::uuid[])`, [ids]);
    // Consumers' queues name events without a foreign key.
    await db.query('DELETE FROM event_consumer_pending WHERE event_id IN (SELECT id FROM events WHERE customer_id = ANY($1::uuid[]))', [ids]);
    // Every table with a foreign key to customers (those of modules added later too), referencing tables first.
    for (const { table, column } of await tablesReferencingCustomers(db)) {
      await db.query(`DELETE FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids]);
    }
    await db.query('DELETE FROM customers WHERE id = ANY($1::uuid[])', [ids]);
  }
  const users: string[] = (await db.query(DEMO_USERS_SQL)).map((r: { id: string }) => r.id);
  if (users.length) {
    await db.query(`DELETE FROM user_sessions WHERE sess->>'${SESSION_USER_ID_KEY}' = ANY($1::text[])`, [users]);
    await db.query('DELETE FROM users WHERE id = ANY($1::uuid[])', [users]);
  }
  return { customers: ids.length, users: users.length };
}

/**
 * Tables with a single-column foreign key to customers(id), ordered so that a
 * table referencing another of them comes first (responses before
 * invitations before events).
 */
async function tablesReferencingCustomers(db: EntityManager): Promise<Array<{ table: string; column: string }>> {
  const fks: Array<{ table: string; column: string }> = await db.query(`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'customers'::regclass AND cardinality(c.conkey) = 1`);
  const edges: Array<{ from: string; to: string }> = await db.query(`
    SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to FROM pg_constraint
    WHERE contype = 'f' AND conrelid <> confrelid`);
  const tables = new Set(fks.map((f) => f.table));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    // Whoever references t goes before it.
    for (const e of edges) if (e.to === t && tables.has(e.from)) visit(e.from);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered.map((t) => fks.find((f) => f.table === t)!).filter(Boolean);
}
