import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../libs/core/database/embedded-postgres';
import { canConnect } from '../libs/core/database/prepare-database';

/**
 * Which PostgreSQL the test run uses: TEST_DATABASE_URL or DATABASE_URL, else
 * the server on 127.0.0.1:5432 if it answers, else an embedded one started for
 * this run. Returns a URL of its maintenance database.
 */
export async function findPostgresServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) return { adminUrl: withDatabase(configured, 'postgres'), stop: async () => undefined };

  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) return { adminUrl: local, stop: async () => undefined };

  const port = await freePort();
  const embedded = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'feedloop-test-pg-')),
    port,
    database: 'postgres',
  });
  return { adminUrl: embedded.url, stop: embedded.stop };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
