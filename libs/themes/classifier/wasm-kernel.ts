import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '@feedloop/core/source-root';

// Node has WebAssembly; the compiler's ES and @types/node 20 libraries do not describe it, and the DOM library would bring all of the browser.
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: object };
};

export const WASM_PAGE = 65536;

const compiled = new Map<string, WasmModule>();

/**
 * A new instance, with a memory of its own, of one of the kernels built from
 * the .wat files beside this one (npm run build:wasm). Each is compiled once
 * per process.
 */
export function instantiateKernel<Exports extends { memory: WasmMemory }>(name: string): Exports {
  let module = compiled.get(name);
  if (!module) {
    module = new WebAssembly.Module(readFileSync(join(findRoot(), 'libs', 'themes', 'classifier', `${name}.wasm`)));
    compiled.set(name, module);
  }
  return new WebAssembly.Instance(module, {}).exports as Exports;
}

/** Grows a kernel's memory to at least `bytes`. */
export function ensureMemory(memory: WasmMemory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / WASM_PAGE));
}

/** 16 bytes: the kernels move two f64s at a time. */
export function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
