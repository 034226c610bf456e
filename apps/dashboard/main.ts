import '../../scripts/register-paths';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@feedloop/core/config/load-config';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';
import { createDashboardApp } from './create-dashboard-app';

/** The dashboard alone, for installs that run it apart from the API; it never runs job workers. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await prepareDatabase(config.database);
  const app = await createDashboardApp({
    ...config,
    database: { ...config.database, url: db.url },
    jobs: { ...config.jobs, workers: false },
  });
  app.enableShutdownHooks();
  await app.listen(config.http.dashboardPort, config.http.host);
  new Logger('dashboard').log(`Dashboard listening on ${await app.getUrl()}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
