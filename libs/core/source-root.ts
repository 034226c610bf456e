import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository (or install) root: the nearest folder above `from` with a
 * package.json. Templates, views and assets are read from the source tree
 * under jest (*.ts) and from `dist/` (*.js) alike, because tsc does not copy
 * .hbs or .css files into dist/.
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
