import { execFileSync, ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './postgres-server';

const ROOT = resolve(__dirname, '..');
const BUILT = join(ROOT, 'dist', 'scripts', 'start.js');
const SOURCES = ['apps', 'libs', 'migrations', 'scripts'];

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
function newest(dir: string): number {
  let latest = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const s = statSync(path);
    latest = Math.max(latest, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(BUILT).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * `npm run build` unless dist/ is newer than every source file: specs that run
 * the production processes run what `npm run start:prod` runs. Two jest
 * workers may ask at once; a lock directory lets one build while the other waits.
 */
export async function ensureBuild(): Promise<void> {
  const lock = join(ROOT, '.build-lock');
  for (;;) {
    if (builtAt() > Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))) return;
    try {
      mkdirSync(lock);
    } catch {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (builtAt() <= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
      return;
    } finally {
      rmdirSync(lock);
    }
  }
}

export type Role = 'api' | 'dashboard' | 'workers';

export interface FeedloopProcess {
  role: Role;
  child: ChildProcess;
  /** http://127.0.0.1:port of the API or dashboard; '' for workers. */
  url: string;
  output(): string;
  /** Resolves with the first match of `pattern` in the output so far or to come. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then the orderly stop (bounded by the launcher at 15 s). */
  stop(): Promise<void>;
  /** SIGKILL: the process ends at once, whatever it was doing. */
  kill(): Promise<void>;
}

const READY: Record<Role, string> = {
  api: 'API listening on',
  dashboard: 'Dashboard listening on',
  workers: 'Job workers running',
};

/**
 * `node dist/scripts/start.js --only <role>` as production runs it, on
 * `env.DATABASE_URL`. FEEDLOOP_SUPERVISED=1 skips the launcher's supervisor,
 * so the pid is the process that does the work (a SIGKILL hits the sender itself).
 */
export async function startProcess(role: Role, env: Record<string, string>): Promise<FeedloopProcess> {
  const port = role === 'workers' ? 0 : await freePort();
  const child = spawn(process.execPath, [BUILT, '--only', role], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      SESSION_SECRET: 'process-test-session-secret-0123456789abcdef',
      HOST: '127.0.0.1',
      API_PORT: String(role === 'api' ? port : 0),
      DASHBOARD_PORT: String(role === 'dashboard' ? port : 0),
      LOG_LEVEL: 'log',
      FEEDLOOP_SUPERVISED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready, fail) => {
    // A first start on an empty database trains the default model: allow for a busy 2-core machine.
    const timer = setTimeout(() => fail(new Error(`${role} not ready within 180 s:\n${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(READY[role])) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${role} exited with ${code} before it was ready:\n${out}`));
    });
  });
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return {
    role,
    child,
    url: port ? `http://127.0.0.1:${port}` : '',
    output: () => out,
    waitFor: async (pattern, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(out);
        if (match) return match;
        if (Date.now() > deadline) throw new Error(`${role}: ${pattern} not seen within ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

/** A random key for this run, so rows of one test are told apart from another's. */
export const runKey = () => randomBytes(4).toString('hex');
