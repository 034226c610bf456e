import { resolve } from 'node:path';

/**
 * The folder that holds apps/ and libs/ for the code running now: the
 * repository under jest (*.ts), `dist/` when compiled (*.js). Templates,
 * views, assets and seed data are read below it; `npm run build` copies them
 * into dist/ (scripts/copy-assets.ts) because tsc copies only code, so dist/
 * runs on its own, also when moved away from the source tree.
 */
export function findRoot(): string {
  return resolve(__dirname, '..', '..');
}
