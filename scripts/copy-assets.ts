import { cpSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/**
 * Second half of `npm run build`: tsc compiles only code, so the files the
 * apps read at run time (handlebars views and templates, CSS, the theme
 * model's seed data with its licence) are copied into dist/ beside the code
 * that reads them (see libs/core/source-root.ts). Everything under apps/ and
 * libs/ that is not TypeScript is an asset.
 */
const dist = resolve(__dirname, '..');
const repo = resolve(dist, '..');
for (const top of ['apps', 'libs']) {
  cpSync(join(repo, top), join(dist, top), { recursive: true, filter: (src) => extname(src) !== '.ts' });
}
