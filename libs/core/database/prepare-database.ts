import { Client } from 'pg';
import { DatabaseConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './run-migrations';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  migrationsApplied: string[];
  /** Stops the embedded PostgreSQL if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
  /** Kills the embedded PostgreSQL this process started, at once; a no-op otherwise. */
  kill(): void;
  /** Called if the embedded PostgreSQL this process started dies under it; never otherwise. */
  onFailure(listener: (reason: string) => void): void;
}

const EMBEDDED_DATABASE = 'feedloop';

/**
 * The database every entry point (start, CLI, migrate) needs: DATABASE_URL if
 * set, else the embedded PostgreSQL under DATA_DIR — reused when another
 * Feedloop process on this machine already runs it (e.g. the CLI while
 * `npm start` is up), started otherwise. Pending migrations are applied.
 */
export async function prepareDatabase(
  db: DatabaseConfig,
  opts: { migrate?: boolean; log?: (line: string) => void } = {},
): Promise<PreparedDatabase> {
  let url = db.url;
  let stop: () => Promise<void> = async () => undefined;
  let onFailure: PreparedDatabase['onFailure'] = () => undefined;
  let kill: () => void = () => undefined;
  let embedded = false;
  if (!url) {
    embedded = true;
    const candidate = embeddedUrl(db);
    if (await canConnect(candidate)) {
      url = candidate;
    } else {
      const pg = await startEmbeddedPostgres({
        dataDir: db.dataDir,
        port: db.embeddedPort,
        database: EMBEDDED_DATABASE,
        log: opts.log,
      }).catch((err: unknown) => {
        throw new Error(
          `Could not start the embedded PostgreSQL on port ${db.embeddedPort} with data in ${db.dataDir}/postgres ` +
            `(${err instanceof Error ? err.message : 'it exited during start-up'}). ` +
            'If the port is taken, set EMBEDDED_PG_PORT; to use your own server, set DATABASE_URL.',
        );
      });
      url = pg.url;
      stop = pg.stop;
      onFailure = pg.onFailure;
      kill = pg.kill;
    }
  }
  const migrationsApplied = opts.migrate === false ? [] : await runMigrations({ ...db, url });
  return { url, embedded, migrationsApplied, stop, kill, onFailure };
}

/** Where the embedded PostgreSQL of this DATA_DIR answers when it runs. */
export function embeddedUrl(db: Pick<DatabaseConfig, 'embeddedPort'>): string {
  return `postgres://postgres:feedloop@127.0.0.1:${db.embeddedPort}/${EMBEDDED_DATABASE}`;
}

/** Whether a PostgreSQL answers at `url` within a second. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
