import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The install command of the Debian package the browser tests drive (as .ci/run runs it). */
export const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * Makes sure the browser tests have a Chromium before any test starts, so
 * `npm install && npm test` passes on a fresh Debian/Ubuntu machine: the
 * Debian package is installed when this process may (root, apt-get there),
 * and otherwise the run stops at once with the one command to run, instead
 * of every browser test failing minutes later.
 */
export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  const configured = process.env.CHROMIUM_PATH;
  const path = configured || DEFAULT_CHROMIUM;
  if (existsSync(path)) return;
  if (configured) throw new Error(`CHROMIUM_PATH=${configured} does not exist: point it at a Chromium, or unset it and run: ${INSTALL_CHROMIUM}`);
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    log('The browser tests need Chromium: installing the Debian package (apt-get install chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (existsSync(DEFAULT_CHROMIUM)) return;
  }
  throw new Error(`The browser tests need Chromium, which is not installed. Run:\n\n  ${INSTALL_CHROMIUM}\n\n(or set CHROMIUM_PATH to a Chromium), then npm test again.`);
}

/** Browser specs (*.browser.spec.ts) under `root`'s apps/, libs/ and test/. */
export function browserSpecs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.name.endsWith('.browser.spec.ts')) found.push(path);
    }
  };
  for (const top of ['apps', 'libs', 'test']) if (existsSync(join(root, top))) walk(join(root, top));
  return found;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
