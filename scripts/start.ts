import './register-paths';
import { spawn } from 'node:child_process';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApiApp } from '../apps/api/create-api-app';
import { createDashboardApp } from '../apps/dashboard/create-dashboard-app';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ConfigError, loadConfig } from '@feedloop/core/config/load-config';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { ensureFirstAdmin } from './first-run';

/**
 * `npm start`: one process with everything a single machine needs — the
 * embedded PostgreSQL (unless DATABASE_URL), migrations, the API with the job
 * workers, and the dashboard. Bigger installs run apps/api/main.js and
 * apps/dashboard/main.js as separate processes against one database instead.
 */
async function main(): Promise<void> {
  const logger = new Logger('feedloop');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  // Until the apps exist, Nest's default logger prints every level: PostgreSQL's initdb chatter is debug output.
  Logger.overrideLogger(new AppLogger(config.http.logLevel));
  const db = await prepareDatabase(config.database, { log: (l) => logger.debug(l) });
  if (db.embedded) logger.log(`Embedded PostgreSQL ready (data in ${config.database.dataDir}/postgres)`);
  if (db.migrationsApplied.length) logger.log(`Applied migrations: ${db.migrationsApplied.join(', ')}`);
  config = { ...config, database: { ...config.database, url: db.url } };

  const apps: NestExpressApplication[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    for (const app of apps.reverse()) await app.close().catch((e: Error) => logger.error(e.message));
    await db.stop().catch((e: Error) => logger.error(e.message));
    process.exit(0);
  };
  process.on('message', (m: { shutdown?: string }) => m?.shutdown && void stop(m.shutdown));
  // The supervisor died without telling us (kill -9): do not outlive it.
  process.on('disconnect', () => void stop('supervisor gone'));

  let api: NestExpressApplication;
  let dashboard: NestExpressApplication;
  let firstRun: Awaited<ReturnType<typeof ensureFirstAdmin>>;
  try {
    api = await createApiApp(config);
    apps.push(api);
    await api.listen(config.http.apiPort, config.http.host);
    // Workers run in the API process only, so one `npm start` never runs a job twice.
    dashboard = await createDashboardApp({ ...config, jobs: { ...config.jobs, workers: false } });
    apps.push(dashboard);
    await dashboard.listen(config.http.dashboardPort, config.http.host);
    firstRun = await ensureFirstAdmin(api);
  } catch (err) {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    throw err;
  }
  const apiUrl = await api.getUrl();
  const dashboardUrl = await dashboard.getUrl();
  const lines = [
    '',
    'Feedloop is running.',
    `  API          ${localUrl(apiUrl)}/api/v1   (OpenAPI: ${localUrl(apiUrl)}/api/docs, health: ${localUrl(apiUrl)}/health)`,
    `  Dashboard    ${localUrl(dashboardUrl)}`,
    `  Workers      ${config.jobs.workers ? 'on' : 'off (WORKERS=off)'}`,
    `  Database     ${db.embedded ? `embedded PostgreSQL, data in ${config.database.dataDir}/postgres` : 'DATABASE_URL'}`,
  ];
  if (firstRun) {
    lines.push(
      '',
      'First start: an admin user and an API key were created. They are shown only this once:',
      `  Dashboard login   ${firstRun.email} / ${firstRun.password}`,
      `  API key           ${firstRun.apiKey}   (send as "Authorization: Bearer <key>")`,
    );
  } else {
    lines.push(
      '',
      `Log in to the dashboard as ${config.auth.adminEmail} with the password printed at the first start`,
      `(forgotten? npm run cli -- user reset-password --email ${config.auth.adminEmail}).`,
      'New API key: npm run cli -- api-key create --name <name>',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

/** Listening on 0.0.0.0 reports an unusable address; show one a browser can open. */
function localUrl(url: string): string {
  return url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost');
}

/**
 * Ctrl-C in a terminal signals the whole process group, and the embedded
 * PostgreSQL (a child of ours) would shut down at once, under the apps still
 * draining requests and jobs. So the real work runs in a child with its own
 * process group; this supervisor turns signals into an orderly shutdown
 * message: apps first, then PostgreSQL.
 */
function supervise(): void {
  const child = spawn(process.execPath, [__filename], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, FEEDLOOP_SUPERVISED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child.connected) child.send({ shutdown: signal });
    });
  }
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.env.FEEDLOOP_SUPERVISED === '1') {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
} else {
  supervise();
}
