import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the rate limits (survey answers, logins, API keys), shared by
 * every process on this database. One row per key and fixed window; the
 * sliding estimate reads the previous window's row too.
 *
 * UNLOGGED: the counters are written on hot paths (every survey answer, every
 * API call) and are worth nothing after a crash, so they skip the WAL; a crash
 * or a failover empties them, which only forgives a few minutes of counting.
 */
export class CreateRateLimits1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key text NOT NULL,
        window_index bigint NOT NULL,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (key, window_index)
      )`);
    await q.query('CREATE INDEX rate_limits_expires_idx ON rate_limits (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limits');
  }
}
