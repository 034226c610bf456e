import { DROPPED, SEPARATOR, SEVERAL, foldedUnit, foldedUnits } from './char-folding';
import { combineHashes, finalise, fnvStart, fnvStep } from './feature-hashing';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { min, log1p, sqrt } = Math;

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

// Distinct seeds keep "kurier" the word, the prefix and the character n-gram in different buckets.
const WORD_SEED = 0x57;
const BIGRAM_SEED = 0x42;
const CHAR_SEED = 0x43;
const PREFIX_SEED = 0x50;
// Marks a word's edges in character n-grams, so "<kur" (starts a word) differs from "kur" inside one.
const EDGE = 0x20;
// Tweets and e-mails carry handles and links that name the channel, not the problem (as foldedWords drops them).
const MAY_HAVE_LINK = /@|https?:\/\/|www\./i;
const MENTIONS_AND_LINKS = /(?:https?:\/\/|www\.)\S+|@\w+/gi;
// log(1 + c) of the small whole counts almost every feature has.
const LOG1P_TABLE = Float64Array.from({ length: 64 }, (_, c) => log1p(c));

/**
 * Turns text into hashed features: word unigrams and bigrams, character
 * n-grams inside words, word prefixes. One extractor reuses its buffers, so
 * `extract` returns a view that is valid until the next call; `copyVector` keeps one.
 */
export class FeatureExtractor {
  private readonly mask: number;
  /**
   * The text's distinct buckets and their weighted counts, as an open-addressing
   * table of a few kilobytes that stays in cache (a bucket-indexed array of 2^18
   * counts did not); `touched` lists the positions in use.
   */
  private keys: Int32Array = new Int32Array(4096).fill(-1);
  private sums: Float32Array = new Float32Array(4096);
  private touched: Int32Array = new Int32Array(2048);
  private touchedCount = 0;
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
   * Counts the text's features (weighted by family) into the accumulator;
   * `drain` hands them over. Folds and splits words on the fly (see
   * char-folding.ts): "Opóźnienie" and "opoznienie" give the same features.
   */
  accumulate(text: string): void {
    if (MAY_HAVE_LINK.test(text)) text = text.replace(MENTIONS_AND_LINKS, ' ');
    if (this.touchedCount > 0) this.drain();
    this.previousWord = 0;
    this.wordIndex = 0;
    this.letters = 0;
    let length = 0;
    let word: Uint16Array = this.word;
    for (let i = 0; i < text.length; i++) {
      const unit = foldedUnit(text.charCodeAt(i));
      if (unit >= 0) {
        if (length === word.length) word = this.word = growUnits(word);
        word[length++] = unit;
      } else if (unit === SEPARATOR) {
        if (length > 0) this.addWord(length);
        length = 0;
      } else if (unit === SEVERAL) {
        for (const part of foldedUnits(text.charCodeAt(i))) {
          if (part >= 0) {
            if (length === word.length) word = this.word = growUnits(word);
            word[length++] = part;
          } else {
            if (length > 0) this.addWord(length);
            length = 0;
          }
        }
      } else if (unit !== DROPPED) throw new Error(`unexpected folded unit ${unit}`);
    }
    if (length > 0) this.addWord(length);
  }

  private word: Uint16Array = new Uint16Array(64);
  private previousWord = 0;
  private wordIndex = 0;
  private letters = 0;

  /** Word, bigram with the previous word, prefix, character n-grams of this.word[0, length). */
  private addWord(length: number): void {
    const c = this.config;
    const word = this.word;
    let wordHash = fnvStart(WORD_SEED);
    for (let i = 0; i < length; i++) wordHash = fnvStep(wordHash, word[i]);
    this.add(wordHash, c.wordWeight);
    if (c.bigramWeight > 0 && this.wordIndex > 0) this.add(combineHashes(this.previousWord ^ BIGRAM_SEED, wordHash), c.bigramWeight);
    this.previousWord = wordHash;
    this.wordIndex++;
    if (c.prefixLength > 0 && length > c.prefixLength) {
      let prefixHash = fnvStart(PREFIX_SEED);
      for (let i = 0; i < c.prefixLength; i++) prefixHash = fnvStep(prefixHash, word[i]);
      this.add(prefixHash, c.prefixWeight);
    }
    if (c.charWeight > 0 && (c.charNgramLetters <= 0 || this.letters < c.charNgramLetters)) this.addCharNgrams(length);
    this.letters += length;
  }

  private addCharNgrams(length: number): void {
    const { charNgramMin, charNgramMax, charWeight } = this.config;
    const word = this.word;
    const padded = length + 2;
    // Starts too near the end for the shortest n-gram would hash letters and add nothing.
    for (let start = 0; start + charNgramMin <= padded; start++) {
      let h = fnvStart(CHAR_SEED);
      const longest = min(charNgramMax, padded - start);
      for (let n = 1; n <= longest; n++) {
        const at = start + n - 1;
        h = fnvStep(h, at === 0 || at === padded - 1 ? EDGE : word[at - 1]);
        if (n >= charNgramMin) this.add(h, charWeight);
      }
    }
  }

  /**
   * The accumulated features as distinct buckets (`drainedBuckets`) and their
   * weighted counts (`drainedCounts`), valid until the next call; the
   * accumulator is left empty. Returns how many.
   */
  drain(): number {
    const n = this.touchedCount;
    if (this.drained.length < n) {
      this.drained = new Float32Array(this.touched.length);
      this.drainedBucketList = new Int32Array(this.touched.length);
    }
    const { touched, drained, drainedBucketList, keys, sums } = this;
    for (let i = 0; i < n; i++) {
      const at = touched[i];
      drainedBucketList[i] = keys[at];
      drained[i] = sums[at];
      keys[at] = -1;
    }
    this.touchedCount = 0;
    return n;
  }

  get drainedBuckets(): Int32Array {
    return this.drainedBucketList;
  }

  get drainedCounts(): Float32Array {
    return this.drained;
  }

  private drainedBucketList = new Int32Array(1024);
  private drained = new Float32Array(1024);

  private add(hash: number, weight: number): void {
    const bucket = finalise(hash) & this.mask;
    const keys = this.keys;
    const positionMask = keys.length - 1;
    // Buckets are avalanched hashes already: their low bits spread well.
    let at = bucket & positionMask;
    for (;;) {
      const key = keys[at];
      if (key === bucket) {
        this.sums[at] += weight;
        return;
      }
      if (key === -1) break;
      at = (at + 1) & positionMask;
    }
    keys[at] = bucket;
    this.sums[at] = weight;
    this.touched[this.touchedCount++] = at;
    // At most half full: probes stay short.
    if (this.touchedCount * 2 >= keys.length) this.growTable();
  }

  private growTable(): void {
    const { keys, sums, touched, touchedCount } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.sums = new Float32Array(size);
    this.touched = new Int32Array(size / 2);
    this.touchedCount = 0;
    for (let i = 0; i < touchedCount; i++) {
      const bucket = keys[touched[i]];
      let at = bucket & (size - 1);
      while (this.keys[at] !== -1) at = (at + 1) & (size - 1);
      this.keys[at] = bucket;
      this.sums[at] = sums[touched[i]];
      this.touched[this.touchedCount++] = at;
    }
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
    const buckets = this.drainedBucketList;
    const counts = this.drained;
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

/** A feature's value before IDF and normalisation, from its weighted count. */
export function scaleCount(scale: FeatureConfig['valueScale'], count: number): number {
  if (scale === 'log') return count < 64 && (count | 0) === count ? LOG1P_TABLE[count] : log1p(count);
  return scale === 'sqrt' ? sqrt(count) : count;
}

export function copyVector(v: SparseVector): SparseVector {
  return { indices: v.indices.slice(0, v.length), values: v.values.slice(0, v.length), length: v.length };
}

function growUnits(a: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

