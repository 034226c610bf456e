import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** The repo's `migrations/` folder, in the source tree or in `dist/`. */
export const MIGRATIONS_DIR = resolve(__dirname, '../../../migrations');

/**
 * Migration classes loaded by our own require, in file-name (timestamp) order.
 * Handing TypeORM classes instead of a glob keeps it from importing files
 * itself, which breaks under jest's transform and when run from `dist/`.
 */
export function loadMigrations(dir = MIGRATIONS_DIR): Function[] {
  const ext = extname(__filename);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts') && /^\d+-/.test(f))
    .sort()
    .flatMap((f) => Object.values(require(join(dir, f)) as Record<string, unknown>))
    .filter((v): v is Function => typeof v === 'function');
}
