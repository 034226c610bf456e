import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';

/**
 * `npm run build:wasm`: compiles the WebAssembly text kernels into the binary
 * files committed beside them (linear-model.ts loads them). The build and
 * start need no compiler; linear-scores.spec checks that the committed binary
 * is still what its text compiles to.
 */
export const WASM_SOURCES = ['libs/themes/classifier/linear-scores.wat', 'libs/themes/classifier/feature-extraction.wat'];

export async function compileWat(path: string): Promise<Buffer> {
  const module = (await wabt()).parseWat(path, readFileSync(path, 'utf8'), { simd: true });
  try {
    module.validate();
    return Buffer.from(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

async function main(): Promise<void> {
  // npm runs scripts in the package's folder: the sources are there, not under dist-bench.
  const repo = process.cwd();
  for (const source of WASM_SOURCES) {
    const binary = await compileWat(join(repo, source));
    writeFileSync(join(repo, source.replace(/\.wat$/, '.wasm')), binary);
    console.log(`${source} -> ${binary.length} bytes`);
  }
}

if (require.main === module) void main();
