import { SparseVector } from './features';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { exp } = Math;

/**
 * One output layer over hashed features that keeps only the buckets it has
 * weights for. A head uses a fraction of the 2^18 buckets (the theme head about
 * a tenth); a dense table would be 25 MB read at random, and classification
 * spent its time on cache misses.
 */
export class LinearHead {
  /** Bucket -> row in `weights`, -1 for a bucket without weights. */
  private readonly rowOf: Int32Array;

  constructor(
    readonly bucketCount: number,
    /** Ascending buckets with a row each. */
    readonly usedBuckets: Uint32Array,
    /** usedBuckets.length x width */
    readonly weights: Float32Array,
    readonly bias: Float32Array,
  ) {
    this.rowOf = new Int32Array(bucketCount).fill(-1);
    usedBuckets.forEach((bucket, row) => (this.rowOf[bucket] = row));
  }

  /** Keeps the rows of a bucketCount x width table that have a non-zero weight. */
  static fromDense(dense: Float32Array, bias: Float32Array, bucketCount: number): LinearHead {
    const width = bias.length;
    const used: number[] = [];
    for (let b = 0; width > 0 && b < bucketCount; b++) {
      for (let k = 0; k < width; k++) {
        if (dense[b * width + k] !== 0) {
          used.push(b);
          break;
        }
      }
    }
    const weights = new Float32Array(used.length * width);
    used.forEach((b, row) => weights.set(dense.subarray(b * width, (b + 1) * width), row * width));
    return new LinearHead(bucketCount, Uint32Array.from(used), weights, bias);
  }

  get width(): number {
    return this.bias.length;
  }

  /** bias + x·W into `out`. */
  scores(x: SparseVector, out: Float64Array): Float64Array {
    // Locals, not this.*: the loop below is the classifier's hot path.
    const { bias, weights, rowOf } = this;
    const { indices, values } = x;
    const width = bias.length;
    for (let k = 0; k < width; k++) out[k] = bias[k];
    for (let i = 0; i < x.length; i++) {
      const row = rowOf[indices[i]];
      if (row < 0) continue;
      const at = row * width;
      const value = values[i];
      for (let k = 0; k < width; k++) out[k] += value * weights[at + k];
    }
    return out;
  }
}

/** Scores to probabilities, in place. */
export function softmaxInPlace(out: Float64Array): Float64Array {
  let top = out.length > 0 ? out[0] : 0;
  for (let k = 1; k < out.length; k++) if (out[k] > top) top = out[k];
  let sum = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = exp(out[k] - top);
    sum += out[k];
  }
  for (let k = 0; k < out.length; k++) out[k] /= sum;
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + exp(-z));
}
