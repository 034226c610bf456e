import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '@feedloop/core/source-root';
import { compileWat } from '../../../scripts/build-wasm';

describe('linear-scores.wasm', () => {
  it('is what linear-scores.wat compiles to (npm run build:wasm rebuilds it)', async () => {
    const folder = join(findRoot(), 'libs', 'themes', 'classifier');
    const committed = readFileSync(join(folder, 'linear-scores.wasm'));
    const compiled = await compileWat(join(folder, 'linear-scores.wat'));
    expect(compiled.equals(committed)).toBe(true);
  });
});
