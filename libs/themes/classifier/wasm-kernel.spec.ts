import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '@feedloop/core/source-root';
import { WASM_SOURCES, compileWat } from '../../../scripts/build-wasm';

describe('WebAssembly kernels', () => {
  it.each(WASM_SOURCES)('%s: the committed .wasm is what it compiles to (npm run build:wasm rebuilds it)', async (source) => {
    const committed = readFileSync(join(findRoot(), source.replace(/\.wat$/, '.wasm')));
    const compiled = await compileWat(join(findRoot(), source));
    expect(compiled.equals(committed)).toBe(true);
  });
});
