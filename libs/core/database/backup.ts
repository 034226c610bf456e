import { execFileSync, spawn } from 'node:child_process';
import { Dirent, chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Backups of Feedloop's database, one file each.
 *
 * A PostgreSQL of your own (DATABASE_URL): `pg_dump --format=custom` from
 * PATH (its major version must be at least the server's), restored with
 * pg_restore.
 *
 * The embedded PostgreSQL: its package ships no pg_dump (only initdb,
 * pg_ctl, postgres), and Debian's is older than the embedded server, which
 * pg_dump refuses. So it gets a hot physical backup, as pg_basebackup takes
 * one, done over SQL: a temporary replication slot keeps the WAL from the
 * start, pg_backup_start(), a copy of the data folder, pg_backup_stop(), then
 * the WAL written meanwhile and the backup label; all in one .tar.gz. On
 * restore PostgreSQL replays that WAL, so the copy is consistent although the
 * server was writing while it was taken.
 */

export type BackupKind = 'pg_dump' | 'embedded';

/** Everything in a cluster folder that a restored copy must not start with (PostgreSQL's own exclusion list, abridged). */
const EXCLUDED = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

export async function backupEmbedded(url: string, clusterDir: string, out: string): Promise<void> {
  const stage = mkdtempSync(join(dirname(resolve(out)), '.feedloop-backup-'));
  const client = new Client({ connectionString: url, application_name: 'feedloop-backup' });
  await client.connect();
  try {
    // Temporary: dropped with this session, so a failed backup cannot hold WAL forever.
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [`feedloop_backup_${process.pid}`]);
    await client.query(`SELECT pg_backup_start('feedloop backup', true)`);
    copyTree(clusterDir, stage, (rel) => !EXCLUDED.has(rel) && !rel.endsWith('pgsql_tmp'));
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(`SELECT labelfile, spcmapfile FROM pg_backup_stop(false)`);
    // pg_backup_stop switched to a new WAL segment, so every segment the copy needs is complete now.
    for (const dir of ['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']) mkdirSync(join(stage, dir), { recursive: true });
    copyTree(join(clusterDir, 'pg_wal'), join(stage, 'pg_wal'), () => true);
    writeFileSync(join(stage, 'backup_label'), rows[0].labelfile);
    if (rows[0].spcmapfile) writeFileSync(join(stage, 'tablespace_map'), rows[0].spcmapfile);
    await run('tar', ['-czf', resolve(out), '-C', stage, '.']);
  } finally {
    await client.end().catch(() => undefined);
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Replaces the embedded cluster with a backup. Feedloop must be stopped; the
 * cluster that was there is kept beside it and its folder returned.
 */
export async function restoreEmbedded(file: string, clusterDir: string): Promise<string | null> {
  let keptAt: string | null = null;
  if (existsSync(clusterDir)) {
    keptAt = `${clusterDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(clusterDir, keptAt);
  }
  mkdirSync(clusterDir, { recursive: true });
  await run('tar', ['-xzf', resolve(file), '-C', clusterDir]);
  chmodSync(clusterDir, 0o700);
  // As root the embedded server runs as the "postgres" user (see embedded-postgres.ts), which must own its files.
  if (process.getuid?.() === 0) {
    ensurePostgresUser();
    execFileSync('chown', ['-R', 'postgres:postgres', clusterDir]);
  }
  return keptAt;
}

/** Which kind of backup a file holds, from its first bytes. */
export function backupKindOf(file: string): BackupKind {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  throw new Error(`${file} is neither a pg_dump archive nor a Feedloop backup of the embedded database`);
}

export async function pgDump(url: string, out: string): Promise<void> {
  const { dbname, env } = libpqTarget(url);
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${resolve(out)}`, `--dbname=${dbname}`], env);
}

/** Restores a pg_dump archive over the database: its objects are dropped and recreated in one transaction. */
export async function pgRestore(url: string, file: string): Promise<void> {
  const { dbname, env } = libpqTarget(url);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, resolve(file)], env);
}

/** The URL without its password (which the process list would show), and the password in the environment. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/**
 * Copies a folder that a running server writes to: files that vanish under
 * the copy (a dropped table, a finished temporary file) are skipped, as
 * pg_basebackup does; replaying the WAL makes the result consistent.
 */
function copyTree(from: string, to: string, keep: (relativePath: string) => boolean, root = from): void {
  mkdirSync(to, { recursive: true });
  let entries: Dirent[];
  try {
    entries = readdirSync(from, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const src = join(from, entry.name);
    if (!keep(relative(root, src))) continue;
    if (entry.isDirectory()) copyTree(src, join(to, entry.name), keep, root);
    else {
      try {
        copyFileSync(src, join(to, entry.name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      fail(new Error(err.code === 'ENOENT' ? `${command} is not installed (not on PATH)` : `${command}: ${err.message}`)),
    );
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} failed (exit code ${code}): ${stderr.trim()}`))));
  });
}
