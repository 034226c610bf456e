import { SparseVector } from './features';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one.
const { log, sqrt } = Math;

/**
 * Smoothed IDF per bucket, ln((n + 1) / (df + 1)) + 1: character n-grams
 * like "the" or "nie" occur in most comments and would otherwise outweigh
 * the rare ones that name a problem. A bucket never seen gets the largest value.
 */
export function learnIdf(vectors: readonly SparseVector[], bucketCount: number): Float32Array {
  const documentFrequency = new Uint32Array(bucketCount);
  for (const v of vectors) for (let i = 0; i < v.length; i++) documentFrequency[v.indices[i]]++;
  const n = vectors.length;
  const idf = new Float32Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) idf[b] = log((n + 1) / (documentFrequency[b] + 1)) + 1;
  return idf;
}

/** The largest value of the table: what every unseen bucket has, so only the others need storing. */
export function unseenIdf(idf: Float32Array): number {
  let top = 0;
  for (let b = 0; b < idf.length; b++) if (idf[b] > top) top = idf[b];
  return top;
}

/** What FeatureExtractor does with an IDF table, applied to a vector extracted without one: multiply, then L2-normalise again. */
export function applyIdf(v: SparseVector, idf: Float32Array): void {
  let sumSquares = 0;
  for (let i = 0; i < v.length; i++) {
    v.values[i] *= idf[v.indices[i]];
    sumSquares += v.values[i] * v.values[i];
  }
  const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
  for (let i = 0; i < v.length; i++) v.values[i] *= norm;
}
