import { WasmMemory, align16, ensureMemory, instantiateKernel } from './wasm-kernel';

/** How many outputs one call of each kernel sums; a model's rows are padded with zero weights to whole calls. */
export const DEPARTMENT_LANES = 6;
export const THEME_LANES = 20;

interface KernelExports {
  memory: WasmMemory;
  departments(known: number, rows: number, values: number, offset: number, out: number): void;
  themes(known: number, rows: number, values: number, offset: number, out: number): void;
}

const FIRST_CAPACITY = 4096;

/**
 * A model's scoring table and the per-text scratch the kernels read, in one
 * WebAssembly memory, and the kernels that sum over them (linear-scores.wat).
 * Memory: the table's rows from byte 0, then the sums, then per known feature
 * its row start in bytes (`rows`), its value (`values`) and its value for the
 * theme weights (`themeValues`). Growing memory for a longer text detaches
 * every view, so they are all made again then: read them after `reserve`.
 */
export class LinearScores {
  floats!: Float32Array;
  halves!: Int16Array;
  bytes!: Int8Array;
  rows!: Int32Array;
  values!: Float64Array;
  themeValues!: Float64Array;
  /** departmentLanes department sums, then themeLanes theme sums. */
  sums!: Float64Array;
  private readonly kernel: KernelExports;
  private readonly sumsAt: number;
  private rowsAt = 0;
  private valuesAt = 0;
  private themeValuesAt = 0;
  private capacity = 0;

  constructor(
    tableBytes: number,
    readonly departmentLanes: number,
    readonly themeLanes: number,
  ) {
    this.kernel = instantiateKernel<KernelExports>('linear-scores');
    this.sumsAt = align16(tableBytes);
    this.reserve(FIRST_CAPACITY);
  }

  /** Room for a text of this many features. */
  reserve(features: number): void {
    if (features <= this.capacity) return;
    const capacity = Math.max(features, this.capacity * 2);
    this.rowsAt = align16(this.sumsAt + (this.departmentLanes + this.themeLanes) * 8);
    this.valuesAt = align16(this.rowsAt + capacity * 4);
    this.themeValuesAt = align16(this.valuesAt + capacity * 8);
    const end = this.themeValuesAt + capacity * 8;
    ensureMemory(this.kernel.memory, end);
    const buffer = this.kernel.memory.buffer;
    this.floats = new Float32Array(buffer, 0, this.sumsAt / 4);
    this.halves = new Int16Array(buffer, 0, this.sumsAt / 2);
    this.bytes = new Int8Array(buffer, 0, this.sumsAt);
    this.sums = new Float64Array(buffer, this.sumsAt, this.departmentLanes + this.themeLanes);
    this.rows = new Int32Array(buffer, this.rowsAt, capacity);
    this.values = new Float64Array(buffer, this.valuesAt, capacity);
    this.themeValues = new Float64Array(buffer, this.themeValuesAt, capacity);
    this.capacity = capacity;
  }

  /** Department sums over the first `known` features, whose 16-bit weights start `offset` bytes into each row. */
  sumDepartments(known: number, offset: number): void {
    for (let k = 0; k < this.departmentLanes; k += DEPARTMENT_LANES) {
      this.kernel.departments(known, this.rowsAt, this.valuesAt, offset + k * 2, this.sumsAt + k * 8);
    }
  }

  /** Theme sums likewise, from 8-bit weights and themeValues. */
  sumThemes(known: number, offset: number): void {
    const first = this.sumsAt + this.departmentLanes * 8;
    for (let k = 0; k < this.themeLanes; k += THEME_LANES) {
      this.kernel.themes(known, this.rowsAt, this.themeValuesAt, offset + k, first + k * 8);
    }
  }
}
