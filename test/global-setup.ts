import { randomBytes } from 'node:crypto';
import type { Config } from '@jest/types';
import { Client } from 'pg';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
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
  await seedThemesAndModel(withDatabase(server.adminUrl, template));

  process.env.FEEDLOOP_TEST_ADMIN_URL = server.adminUrl;
  process.env.FEEDLOOP_TEST_TEMPLATE = template;
  (globalThis as { __feedloopStopPostgres?: () => Promise<void> }).__feedloopStopPostgres = server.stop;
}

/**
 * The theme catalogue and the default model, as the first start makes them,
 * stored in the template: every app a test starts would otherwise train the
 * same model again (a second of CPU each). test/start.spec.ts still covers a
 * first start that trains.
 */
async function seedThemesAndModel(url: string): Promise<void> {
  // Global setup runs outside jest's module mapper: resolve @feedloop/* as tsconfig.json does.
  register({ baseUrl: join(__dirname, '..'), paths: { '@feedloop/*': ['libs/*'] } });
  const { Test } = require('@nestjs/testing') as typeof import('@nestjs/testing');
  const { CoreModule } = require('../libs/core/core.module') as typeof import('../libs/core/core.module');
  const { ThemesModule } = require('../libs/themes/themes.module') as typeof import('../libs/themes/themes.module');
  const { testConfig } = require('./config') as typeof import('./config');
  const module = await Test.createTestingModule({ imports: [CoreModule.forRoot(testConfig(url)), ThemesModule] }).compile();
  await module.init();
  await module.close();
}
