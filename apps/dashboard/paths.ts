import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository (or install) root: the nearest folder above this file with a
 * package.json. Views and assets are read from the source tree in both cases,
 * under jest (apps/dashboard/*.ts) and from `dist/apps/dashboard/*.js`,
 * because tsc does not copy .hbs or .css files into dist/.
 */
export function findRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

const DASHBOARD_DIR = join(findRoot(), 'apps', 'dashboard');
export const VIEWS_DIR = join(DASHBOARD_DIR, 'views');
export const PUBLIC_DIR = join(DASHBOARD_DIR, 'public');
