import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@feedloop/core/database/embedded-postgres';
import { runMigrations } from '@feedloop/core/database/run-migrations';

/**
 * What every benchmark needs: a database of its own (a throw-away database on
 * DATABASE_URL's server, or an embedded PostgreSQL under data/bench-postgres),
 * migrated, and the API or dashboard running as a separate process like in production.
 */
export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const configured = process.env.DATABASE_URL;
  let url: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (configured) {
    const name = `feedloop_bench_${randomBytes(4).toString('hex')}`;
    await admin(configured, `CREATE DATABASE ${name}`);
    const u = new URL(configured);
    u.pathname = `/${name}`;
    url = u.toString();
    stopServer = () => admin(configured, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const pg = await startEmbeddedPostgres({
      dataDir: resolve(process.env.DATA_DIR ?? 'data', 'bench'),
      port: Number(process.env.BENCH_PG_PORT ?? 54339),
      database: 'postgres',
    });
    const name = `feedloop_bench_${randomBytes(4).toString('hex')}`;
    await admin(pg.url, `CREATE DATABASE ${name}`);
    url = pg.url.replace(/\/postgres$/, `/${name}`);
    stopServer = async () => {
      await admin(pg.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await pg.stop();
    };
  }
  await runMigrations({ url, poolSize: 1, embeddedPort: 0, dataDir: '' });
  return { url, close: stopServer };
}

/** One statement on a connection of its own (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function admin(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export interface RunningApp {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** How each app is started and when it counts as up. */
const APPS = {
  api: { portVariable: 'API_PORT', readyPath: '/health' },
  dashboard: { portVariable: 'DASHBOARD_PORT', readyPath: '/login' },
} as const;

/** Starts dist-bench/apps/api/main.js as its own process, so load generation does not share its event loop. */
export function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp('api', databaseUrl, env);
}

/** Starts dist-bench/apps/<app>/main.js as its own process (as `--only <app>` runs it in production) and waits until it answers. */
export async function startApp(app: keyof typeof APPS, databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const { portVariable, readyPath } = APPS[app];
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [resolve(__dirname, `../apps/${app}/main.js`)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, [portVariable]: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', SESSION_SECRET: randomBytes(32).toString('hex'), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${app} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}${readyPath}`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${app} did not answer ${readyPath} within 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Peak resident set size of a process, sampled from /proc while `fn` runs. */
export async function samplePeakRss<T>(pid: number, fn: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  const { readFileSync } = await import('node:fs');
  let peak = 0;
  const sample = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* process gone */
    }
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await fn();
    sample();
    return { result, peakRssMb: Math.round(peak) };
  } finally {
    clearInterval(timer);
  }
}

export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
