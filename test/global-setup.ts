import { randomBytes } from 'node:crypto';
import type { Config } from '@jest/types';
import { Client } from 'pg';
import { runMigrations } from '../libs/core/database/run-migrations';
import { browserSpecs, ensureChromium } from './chromium';
import { findPostgresServer, withDatabase } from './postgres-server';

/**
 * Creates one migrated template database for the run; every test file clones
 * it (CREATE DATABASE ... TEMPLATE), which takes milliseconds instead of
 * re-running migrations per file.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  // Only when this run includes browser specs: `npx jest libs/customers` needs no browser.
  const patterns = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  if (!patterns.isSet() || browserSpecs(globalConfig.rootDir).some((path) => patterns.isMatch(path))) ensureChromium();
  const server = await findPostgresServer();
  const template = `feedloop_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations({ url: withDatabase(server.adminUrl, template), poolSize: 1, embeddedPort: 0, dataDir: '' });

  process.env.FEEDLOOP_TEST_ADMIN_URL = server.adminUrl;
  process.env.FEEDLOOP_TEST_TEMPLATE = template;
  (globalThis as { __feedloopStopPostgres?: () => Promise<void> }).__feedloopStopPostgres = server.stop;
}
