import PgBoss from 'pg-boss';
import { PGBOSS_CREATE_SCHEMA_SQL, PGBOSS_SCHEMA_VERSION } from '../migrations/pgboss/pgboss-schema-v24';
import { JOB_SCHEMA } from '../libs/core/jobs/jobs.service';
import { Client } from 'pg';
import { createTestDatabase } from './database';

/**
 * The job queue's schema is fixed SQL in migrations/, and pg-boss starts with
 * `migrate: false`: an npm upgrade of pg-boss must come with a migration of
 * its own rather than change the schema behind the migrations' back.
 */
describe('pg-boss schema migration', () => {
  it('matches the schema version the installed pg-boss expects (an upgrade needs a new migration first)', () => {
    const installed = (require('pg-boss/version.json') as { schema: number }).schema;
    expect(installed).toBe(PGBOSS_SCHEMA_VERSION);
  });

  it('is the SQL the installed pg-boss would create for that version', () => {
    expect(PgBoss.getConstructionPlans(JOB_SCHEMA)).toBe(PGBOSS_CREATE_SCHEMA_SQL);
  });

  it('leaves a migrated database at that version, which pg-boss accepts without migrating', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const boss = new PgBoss({ connectionString: db.url, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false });
    try {
      const { rows } = await client.query(`SELECT version FROM ${JOB_SCHEMA}.version`);
      expect(rows).toEqual([{ version: PGBOSS_SCHEMA_VERSION }]);
      // With migrate: false pg-boss refuses to start on any other version ("pg-boss database requires migrations").
      await boss.start();
    } finally {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      await client.end();
      await db.drop();
    }
  });
});
