import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prefix search of the dashboard's customer search (external id, e-mail,
 * phone, name or last name). text_pattern_ops so `LIKE 'abc%'` can use the
 * index whatever the database's collation (a plain btree serves LIKE only
 * under the C collation); partial on live customers, as the search never
 * shows erased ones. The last-name expression is the name after its last
 * space, so "Nowak" finds "Anna Nowak".
 */
export class AddCustomerSearchIndexes1765240000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customers_search_external_id_idx ON customers (external_id text_pattern_ops) WHERE erased_at IS NULL`);
    await q.query(`CREATE INDEX customers_search_email_idx ON customers (lower(email) text_pattern_ops) WHERE erased_at IS NULL`);
    await q.query(`CREATE INDEX customers_search_phone_idx ON customers (phone text_pattern_ops) WHERE erased_at IS NULL`);
    await q.query(`CREATE INDEX customers_search_name_idx ON customers (lower(name) text_pattern_ops) WHERE erased_at IS NULL`);
    await q.query(
      `CREATE INDEX customers_search_last_name_idx ON customers (lower(regexp_replace(name, '^.*\\s', '')) text_pattern_ops) WHERE erased_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['external_id', 'email', 'phone', 'name', 'last_name']) await q.query(`DROP INDEX customers_search_${name}_idx`);
  }
}
