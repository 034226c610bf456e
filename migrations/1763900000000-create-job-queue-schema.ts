import { MigrationInterface, QueryRunner } from 'typeorm';
import { PGBOSS_CREATE_SCHEMA_SQL } from './pgboss/pgboss-schema-v24';

/**
 * pg-boss's own tables, created here rather than by pg-boss at start so that
 * every schema change goes through migrations/ and processes run with
 * `migrate: false`. The SQL is the one pg-boss 10.4.2 generates, committed in
 * the repo: until 2026-12 this migration ran `PgBoss.getConstructionPlans()`
 * of whatever pg-boss was installed, so a fresh database after an upgrade
 * would have skipped the upgrade's migration path. Databases that ran it
 * already have the same schema (same name, so it is not run again). A
 * pg-boss upgrade that changes its schema version gets its own migration
 * built from PgBoss.getMigrationPlans(); test/pgboss-schema.spec.ts fails
 * until then.
 */
export class CreateJobQueueSchema1763900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(PGBOSS_CREATE_SCHEMA_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}
