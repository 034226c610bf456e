import { DROPPED, SEPARATOR, SEVERAL, foldedUnit, foldedUnits } from './char-folding';
import { WasmMemory, align16, ensureMemory, instantiateKernel } from './wasm-kernel';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { log1p, max, sqrt } = Math;

/** What the extractor turns a comment into; saved with the model so a loaded model extracts the same features. */
export interface FeatureConfig {
  /** log2 of the hash table size. */
  bucketBits: number;
  charNgramMin: number;
  charNgramMax: number;
  /**
   * Character n-grams come only from the words within the first this many
   * letters of a comment (0: no limit); words, bigrams and prefixes come from
   * all of it. The limit bounds the cost of very long texts.
   */
  charNgramLetters: number;
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

/**
 * 4- and 5-character n-grams from the first 400 letters (about 470 characters,
 * most of a marketplace review): in long reviews the complaint that decides the
 * department (the seller's handling, the packing) tends to come after the
 * product's description, past the 200 letters once used. 3-grams added little
 * beside prefixes and cost a third of the character features. Chosen by
 * cross-validation on the training files (see README, bench:themes).
 */
export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bucketBits: 18,
  charNgramMin: 4,
  charNgramMax: 5,
  charNgramLetters: 400,
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

// Tweets and e-mails carry handles and links that name the channel, not the problem (as foldedWords drops them).
const MAY_HAVE_LINK = /@|https?:\/\/|www\./i;
const MENTIONS_AND_LINKS = /(?:https?:\/\/|www\.)\S+|@\w+/gi;
// log(1 + c) of the small whole counts almost every feature has.
const LOG1P_TABLE = Float64Array.from({ length: 64 }, (_, c) => log1p(c));

/**
 * Turns text into hashed features: word unigrams and bigrams, character
 * n-grams inside words, word prefixes. Folding and splitting into words are
 * done here (see char-folding.ts: "Opóźnienie" and "opoznienie" give the same
 * features); hashing and counting in WebAssembly (feature-extraction.wat),
 * where they cost a third of what they did in JavaScript. One extractor
 * reuses its buffers, so `extract` returns a view that is valid until the
 * next call; `copyVector` keeps one.
 */
export class FeatureExtractor {
  private readonly mask: number;
  private readonly memory = new ExtractionMemory();
  private count = 0;
  private readonly out: SparseVector = { indices: new Int32Array(1024), values: new Float32Array(1024), length: 0 };

  constructor(
    readonly config: FeatureConfig,
    /** Per bucket; absent when config.idf is off, or when the trainer extracts before it has counted the table. */
    private readonly idf?: Float32Array,
  ) {
    this.mask = (1 << config.bucketBits) - 1;
  }

  get bucketCount(): number {
    return this.mask + 1;
  }

  extract(text: string): SparseVector {
    this.accumulate(text);
    return this.collect();
  }

  /**
   * Extracts the text's features (weighted by family), which `drain` hands
   * over: the text is folded into the kernel's memory as letters with a 0
   * between words, then the kernel hashes and counts them.
   */
  accumulate(text: string): void {
    if (MAY_HAVE_LINK.test(text)) text = text.replace(MENTIONS_AND_LINKS, ' ');
    const memory = this.memory;
    memory.reserve(text.length, 0);
    let units = memory.units;
    let length = 0;
    let words = 0;
    let letters = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const unit = foldedUnit(code);
      if (unit >= 0) {
        units[length++] = unit;
        letters++;
        if (!inWord) words++;
        inWord = true;
      } else if (unit === SEPARATOR) {
        if (inWord) units[length++] = 0;
        inWord = false;
      } else if (unit === SEVERAL) {
        const parts = foldedUnits(code);
        // A ligature folds to more units than the one it takes; room for it and everything after it.
        if (length + parts.length + (text.length - i) > units.length) {
          memory.reserve(length + parts.length + (text.length - i), 0);
          units = memory.units;
        }
        for (const part of parts) {
          if (part >= 0) {
            units[length++] = part;
            letters++;
            if (!inWord) words++;
            inWord = true;
          } else {
            if (inWord) units[length++] = 0;
            inWord = false;
          }
        }
      } else if (unit !== DROPPED) throw new Error(`unexpected folded unit ${unit}`);
    }
    const c = this.config;
    // At most: per word, itself, a bigram, a prefix and its n-grams of each length at every start.
    const lengths = c.charWeight > 0 ? max(0, c.charNgramMax - c.charNgramMin + 1) : 0;
    memory.reserve(length, 3 * words + (letters + 2 * words) * lengths);
    this.count = memory.extract(length, this.mask, c);
  }

  /**
   * The extracted features as distinct buckets (`drainedBuckets`) and their
   * weighted counts (`drainedCounts`), in the order they were first seen,
   * valid until the next call; the extractor is left empty. Returns how many.
   */
  drain(): number {
    const n = this.count;
    this.count = 0;
    return n;
  }

  get drainedBuckets(): Int32Array {
    return this.memory.buckets;
  }

  get drainedCounts(): Float32Array {
    return this.memory.counts;
  }

  private collect(): SparseVector {
    const n = this.drain();
    const out = this.out;
    if (out.indices.length < n) {
      out.indices = new Int32Array(n * 2);
      out.values = new Float32Array(n * 2);
    }
    const scale = this.config.valueScale;
    const idf = this.idf;
    const buckets = this.drainedBuckets;
    const counts = this.drainedCounts;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const bucket = buckets[i];
      const value = scaleCount(scale, counts[i]) * (idf ? idf[bucket] : 1);
      out.indices[i] = bucket;
      out.values[i] = value;
      sumSquares += value * value;
    }
    const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
    for (let i = 0; i < n; i++) out.values[i] *= norm;
    out.length = n;
    return out;
  }
}

interface ExtractionKernel {
  memory: WasmMemory;
  extract(
    units: number,
    count: number,
    table: number,
    tableMask: number,
    out: number,
    capacity: number,
    bucketMask: number,
    min: number,
    max: number,
    letterLimit: number,
    prefix: number,
    wordWeight: number,
    bigramWeight: number,
    charWeight: number,
    prefixWeight: number,
  ): number;
}

// A comment of a few words gets a table of a few cache lines.
const SMALLEST_TABLE = 64;

/**
 * The extraction kernel's memory: the folded text (u16), the counting table
 * (8 bytes a position, every key -1 between texts) and the features found
 * (buckets, counts, table positions). Regions grow, never shrink; growing
 * memory detaches every view, so they are all made again then.
 */
class ExtractionMemory {
  units = new Uint16Array(0);
  buckets = new Int32Array(0);
  counts = new Float32Array(0);
  private readonly kernel = instantiateKernel<ExtractionKernel>('feature-extraction');
  private tableAt = 0;
  private tableSize = 0;
  private outAt = 0;
  private capacity = 0;
  /** Table positions the current text uses: the smallest power of two at least twice its features. */
  private tableMask = 0;

  /** Room for `units` folded units and `features` features, keeping the units already written. */
  reserve(units: number, features: number): void {
    const tableSize = max(SMALLEST_TABLE, nextPowerOfTwo(2 * features));
    this.tableMask = tableSize - 1;
    if (units <= this.units.length && tableSize <= this.tableSize && features <= this.capacity) return;
    const unitCapacity = max(units, this.units.length * 2, 1024);
    this.tableSize = max(tableSize, this.tableSize);
    this.capacity = max(features, this.capacity * 2, 1024);
    this.tableAt = align16(unitCapacity * 2);
    this.outAt = align16(this.tableAt + this.tableSize * 8);
    ensureMemory(this.kernel.memory, this.outAt + this.capacity * 12);
    const buffer = this.kernel.memory.buffer;
    this.units = new Uint16Array(buffer, 0, unitCapacity);
    this.buckets = new Int32Array(buffer, this.outAt, this.capacity);
    this.counts = new Float32Array(buffer, this.outAt + this.capacity * 4, this.capacity);
    // The table moved (or grew): empty it.
    new Int32Array(buffer, this.tableAt, this.tableSize * 2).fill(-1);
  }

  extract(units: number, bucketMask: number, c: FeatureConfig): number {
    return this.kernel.extract(
      0,
      units,
      this.tableAt,
      this.tableMask,
      this.outAt,
      this.capacity,
      bucketMask,
      c.charNgramMin,
      c.charNgramMax,
      c.charNgramLetters,
      c.prefixLength,
      c.wordWeight,
      c.bigramWeight,
      c.charWeight,
      c.prefixWeight,
    );
  }
}

function nextPowerOfTwo(x: number): number {
  let p = 1;
  while (p < x) p *= 2;
  return p;
}

/** A feature's value before IDF and normalisation, from its weighted count. */
export function scaleCount(scale: FeatureConfig['valueScale'], count: number): number {
  if (scale === 'log') return count < 64 && (count | 0) === count ? LOG1P_TABLE[count] : log1p(count);
  return scale === 'sqrt' ? sqrt(count) : count;
}

export function copyVector(v: SparseVector): SparseVector {
  return { indices: v.indices.slice(0, v.length), values: v.values.slice(0, v.length), length: v.length };
}
