import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from './postgres-server';

/**
 * The README's first command, as a newcomer runs it: `npm start` with no
 * DATABASE_URL, so the embedded PostgreSQL is initialised under DATA_DIR.
 */
describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedloop-start-'));
  let ports: { api: number; dashboard: number; pg: number };

  beforeAll(async () => {
    ports = { api: await freePort(), dashboard: await freePort(), pg: await freePort() };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function start(script = 'start'): { child: ChildProcess; output: () => string; ready: Promise<string>; exited: Promise<{ code: number | null; at: number }> } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      DASHBOARD_PORT: String(ports.dashboard),
      EMBEDDED_PG_PORT: String(ports.pg),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
    };
    delete env.DATABASE_URL;
    delete env.SESSION_SECRET;
    // Own process group, so Ctrl-C can be sent the way a terminal sends it: to npm and everything under it.
    const child = spawn('npm', ['run', script, '--silent'], { cwd: resolve(__dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const ready = new Promise<string>((done, fail) => {
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Press Ctrl-C to stop.')) done(out);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => fail(new Error(`npm start exited with ${code}:\n${out}`)));
    });
    // 'close' rather than 'exit': npm may exit on a signal before the processes under it, which hold its output open until they end.
    const exited = new Promise<{ code: number | null; at: number }>((done) => child.on('close', (code) => done({ code, at: Date.now() })));
    return { child, output: () => out, ready, exited };
  }

  /** npm re-raises the SIGINT it got once its script exits, so it ends by that signal; the launcher itself exits 0. */
  function stop(child: ChildProcess): Promise<string> {
    return new Promise((done) => {
      child.once('exit', (code, signal) => done(code === 0 || signal === 'SIGINT' ? 'stopped' : `code ${code}, signal ${signal}`));
      process.kill(-child.pid!, 'SIGINT');
    });
  }

  it('starts the embedded database, API and dashboard, prints the first admin once, and stops cleanly on Ctrl-C', async () => {
    const first = start();
    const out = await first.ready;
    expect(out).toContain(`http://localhost:${ports.api}/api/v1`);
    expect(out).toContain(`http://localhost:${ports.dashboard}`);
    // PostgreSQL's initdb and server chatter is debug output, not what an operator reads at start.
    expect(out).not.toMatch(/Success. You can now start the database server|database system is ready/);
    const login = /Dashboard login\s+(\S+) \/ (\S+)/.exec(out);
    expect(login?.[1]).toBe('admin@feedloop.local');
    const apiKey = /API key\s+(fl_\S+)/.exec(out)![1];

    const health = await fetch(`http://127.0.0.1:${ports.api}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' }, jobs: { status: 'up', workers: 'on' } });
    const authed = await fetch(`http://127.0.0.1:${ports.api}/api/v1/customers`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(authed.status).toBe(200);
    const dashboard = await fetch(`http://127.0.0.1:${ports.dashboard}/login`);
    expect(dashboard.status).toBe(200);

    expect(await stop(first.child)).toBe('stopped');
    expect(first.output()).toContain('SIGINT: stopping');
    expect(first.output()).not.toMatch(/Error|ERROR/);
    const pg = new Client({ host: '127.0.0.1', port: ports.pg, user: 'postgres', password: 'feedloop', connectionTimeoutMillis: 1000 });
    await expect(pg.connect()).rejects.toThrow();

    // A second start reuses the data: no new admin, the same API key still works.
    const second = start();
    const out2 = await second.ready;
    expect(out2).not.toContain('Dashboard login');
    expect(out2).toContain('Log in to the dashboard as admin@feedloop.local');
    const again = await fetch(`http://127.0.0.1:${ports.api}/api/v1/customers`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(again.status).toBe(200);
    expect(await stop(second.child)).toBe('stopped');
  }, 240_000);

  /** The embedded server's postmaster, from the pid file it keeps in its data folder. */
  function postgresPid(): number {
    return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  function isRunning(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  // The next tests run the build the first one made, as production does (npm run start:prod).
  it('says plainly that the embedded PostgreSQL was killed and exits non-zero at once', async () => {
    const run = start('start:prod');
    await run.ready;
    const killedAt = Date.now();
    process.kill(postgresPid(), 'SIGKILL');

    const { code, at } = await run.exited;
    expect(code).toBe(1);
    expect(at - killedAt).toBeLessThan(15_000);
    expect(run.output()).toMatch(/The embedded PostgreSQL \(pid \d+\) stopped unexpectedly \(killed by SIGKILL\)\. Feedloop cannot work without its database/);
    // Once, not a connection error every 2 s until someone notices.
    expect(run.output().match(/stopped unexpectedly/g)).toHaveLength(1);
  }, 120_000);

  it('stops within 15 s on SIGTERM while the database hangs, and leaves no PostgreSQL behind', async () => {
    const run = start('start:prod');
    await run.ready;
    const pid = postgresPid();
    // A frozen server (a stuck disk, a paused VM) answers nothing: every query and disconnect waits forever.
    process.kill(pid, 'SIGSTOP');
    const signalledAt = Date.now();
    process.kill(-run.child.pid!, 'SIGTERM');

    const { at } = await run.exited;
    expect(at - signalledAt).toBeLessThan(16_000);
    expect(run.output()).toContain('SIGTERM: stopping');
    await new Promise((r) => setTimeout(r, 500));
    expect(isRunning(pid)).toBe(false);
  }, 120_000);

  it('notices its data folder being removed, says so and exits non-zero', async () => {
    const run = start('start:prod');
    await run.ready;
    const removedAt = Date.now();
    rmSync(join(dataDir, 'postgres'), { recursive: true, force: true });

    const { code, at } = await run.exited;
    expect(code).toBe(1);
    expect(at - removedAt).toBeLessThan(15_000);
    expect(run.output()).toContain(`data folder ${join(dataDir, 'postgres')} was removed`);
  }, 120_000);
});
