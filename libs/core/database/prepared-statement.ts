import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A statement of the hottest paths (a survey link's lookup and answer), run
 * as a named prepared statement on the pool under TypeORM, outside any
 * transaction. PostgreSQL then parses and plans it once per connection
 * instead of on every call (planning was most of the token lookup's cost)
 * and TypeORM's query runner is skipped. Fixed SQL only: the name stands for
 * the text on every connection of the pool.
 */
export class PreparedStatement<R extends QueryResultRow> {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  async run(dataSource: DataSource, values: unknown[]): Promise<R[]> {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query<R>({ name: this.name, text: this.text, values });
    return result.rows;
  }
}
