import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The login lock-out moved from the account to the account and the client
 * address (counted in rate_limits, see LoginService): a lock on the user row
 * let anyone lock a user out by guessing. The user's failure count and lock
 * are no longer read or written.
 */
export class LoginLockoutPerAddress1765500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN failed_login_count, DROP COLUMN locked_until');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz');
  }
}
