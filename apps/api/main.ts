import '../../scripts/register-paths';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@feedloop/core/config/load-config';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';
import { createApiApp } from './create-api-app';

/**
 * The API alone, for installs that run several API/worker processes against
 * one database (WORKERS=off on all but the worker processes).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await prepareDatabase(config.database);
  const app = await createApiApp({ ...config, database: { ...config.database, url: db.url } });
  app.enableShutdownHooks();
  await app.listen(config.http.apiPort, config.http.host);
  new Logger('api').log(`API listening on ${await app.getUrl()} (workers ${config.jobs.workers ? 'on' : 'off'})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
