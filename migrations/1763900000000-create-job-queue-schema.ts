import PgBoss from 'pg-boss';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg-boss's own tables, created here rather than by pg-boss at start so that
 * every schema change goes through migrations/ and processes run with
 * `migrate: false`. A pg-boss upgrade that changes its schema gets its own
 * migration built from PgBoss.getMigrationPlans().
 */
export class CreateJobQueueSchema1763900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(PgBoss.getConstructionPlans('pgboss'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}
