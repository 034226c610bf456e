import { combineHashes, finalise, fnvStart, fnvStep, hashString } from './feature-hashing';
import { foldText, foldedWords } from './text-folding';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { min, log1p, sqrt } = Math;

/** What the extractor turns a comment into; saved with the model so a loaded model extracts the same features. */
export interface FeatureConfig {
  /** log2 of the hash table size. */
  bucketBits: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Words longer than this also give their first `prefixLength` letters: Polish inflects word endings. 0 turns it off. */
  prefixLength: number;
  /** Relative weight of each feature family before normalisation. */
  wordWeight: number;
  bigramWeight: number;
  charWeight: number;
  prefixWeight: number;
  /** How a feature's weighted count becomes its value: log(1 + c), sqrt(c) or c. */
  valueScale: 'log' | 'sqrt' | 'raw';
  /** Multiply each value by the bucket's inverse document frequency in the training set (learned by the trainer). */
  idf: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bucketBits: 18,
  charNgramMin: 3,
  charNgramMax: 5,
  prefixLength: 5,
  wordWeight: 1,
  bigramWeight: 1,
  charWeight: 1,
  prefixWeight: 1,
  valueScale: 'log',
  idf: true,
};

/** A sparse, L2-normalised feature vector. `indices` are distinct buckets. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
  length: number;
}

// Distinct seeds keep "kurier" the word, the prefix and the character n-gram in different buckets.
const WORD_SEED = 0x57;
const BIGRAM_SEED = 0x42;
const CHAR_SEED = 0x43;
const PREFIX_SEED = 0x50;
// Marks a word's edges in character n-grams, so "<kur" (starts a word) differs from "kur" inside one.
const EDGE = 0x20;

/**
 * Turns text into hashed features: word unigrams and bigrams, character
 * n-grams inside words, word prefixes. One extractor reuses its buffers, so
 * `extract` returns a view that is valid until the next call; `copyVector` keeps one.
 */
export class FeatureExtractor {
  private readonly mask: number;
  private readonly accumulator: Float32Array;
  private touched: Int32Array = new Int32Array(1024);
  private touchedCount = 0;
  private readonly out: SparseVector = { indices: new Int32Array(1024), values: new Float32Array(1024), length: 0 };

  constructor(
    readonly config: FeatureConfig,
    /** Per bucket; absent when config.idf is off, or when the trainer extracts before it has counted the table. */
    private readonly idf?: Float32Array,
  ) {
    this.mask = (1 << config.bucketBits) - 1;
    this.accumulator = new Float32Array(1 << config.bucketBits);
  }

  get bucketCount(): number {
    return this.mask + 1;
  }

  extract(text: string): SparseVector {
    return this.extractWords(foldedWords(foldText(text)));
  }

  extractWords(words: readonly string[]): SparseVector {
    const c = this.config;
    this.touchedCount = 0;
    let previous = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const wordHash = hashString(WORD_SEED, word);
      this.add(wordHash, c.wordWeight);
      if (c.bigramWeight > 0 && w > 0) this.add(combineHashes(previous ^ BIGRAM_SEED, wordHash), c.bigramWeight);
      previous = wordHash;
      if (c.prefixLength > 0 && word.length > c.prefixLength) {
        this.add(hashString(PREFIX_SEED, word, 0, c.prefixLength), c.prefixWeight);
      }
      if (c.charWeight > 0) this.addCharNgrams(word);
    }
    return this.collect();
  }

  private addCharNgrams(word: string): void {
    const { charNgramMin, charNgramMax, charWeight } = this.config;
    const padded = word.length + 2;
    for (let start = 0; start < padded; start++) {
      let h = fnvStart(CHAR_SEED);
      const longest = min(charNgramMax, padded - start);
      for (let n = 1; n <= longest; n++) {
        const at = start + n - 1;
        h = fnvStep(h, at === 0 || at === padded - 1 ? EDGE : word.charCodeAt(at - 1));
        if (n >= charNgramMin) this.add(h, charWeight);
      }
    }
  }

  private add(hash: number, weight: number): void {
    const bucket = finalise(hash) & this.mask;
    if (this.accumulator[bucket] === 0) {
      if (this.touchedCount === this.touched.length) this.touched = grow(this.touched);
      this.touched[this.touchedCount++] = bucket;
    }
    this.accumulator[bucket] += weight;
  }

  private collect(): SparseVector {
    const out = this.out;
    if (out.indices.length < this.touchedCount) {
      out.indices = new Int32Array(this.touchedCount * 2);
      out.values = new Float32Array(this.touchedCount * 2);
    }
    const scale = this.config.valueScale;
    const idf = this.idf;
    let sumSquares = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const bucket = this.touched[i];
      const raw = this.accumulator[bucket];
      this.accumulator[bucket] = 0;
      const value = (scale === 'log' ? log1p(raw) : scale === 'sqrt' ? sqrt(raw) : raw) * (idf ? idf[bucket] : 1);
      out.indices[i] = bucket;
      out.values[i] = value;
      sumSquares += value * value;
    }
    const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
    for (let i = 0; i < this.touchedCount; i++) out.values[i] *= norm;
    out.length = this.touchedCount;
    return out;
  }
}

export function copyVector(v: SparseVector): SparseVector {
  return { indices: v.indices.slice(0, v.length), values: v.values.slice(0, v.length), length: v.length };
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
