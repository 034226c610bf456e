import { FeatureConfig, FeatureExtractor, scaleCount } from './features';
import { unseenIdf } from './inverse-document-frequency';
import { LinearHead, sigmoid, softmaxInPlace } from './linear-head';
import { decodeModel, encodeModel } from './model-buffer';
import { Classification, DepartmentScore, Locale, ThemeClassifier, ThemeScore } from './theme-classifier';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one.
const { abs, log, max, round, sqrt } = Math;

/** Everything a trained model is. */
export interface LinearModelData {
  features: FeatureConfig;
  /** Per bucket, when features.idf is on. */
  idf: Float32Array | null;
  departments: string[];
  themes: string[];
  /** Owning department of each theme key, for keyword rules that add a theme. */
  themeDepartments: Record<string, string>;
  /** Praise themes are reported but never route a comment. */
  praiseThemes: string[];
  /** Per theme, in `themes` order. */
  themeThresholds: Float32Array;
  /** Softmax over `departments`. */
  departmentHead: LinearHead;
  /** One logistic per theme, in `themes` order. */
  themeHead: LinearHead;
}

/**
 * A department head (softmax over departments) and a theme head (one logistic
 * per theme) over the same hashed features.
 */
export class LinearThemeModel implements ThemeClassifier {
  readonly version: string;
  private readonly extractor: FeatureExtractor;
  private readonly departmentScores: Float64Array;
  private readonly themeScores: Float64Array;
  private readonly table: ScoringTable;
  // Scratch for score(), reused.
  private rowAt = new Int32Array(1024);
  private themeAt = new Int32Array(1024);
  private themeValue = new Float64Array(1024);
  private featureValue = new Float64Array(1024);
  /** Per theme, the score at which its confidence reaches the threshold. */
  private readonly themeLogitThresholds: Float64Array;

  constructor(
    readonly data: LinearModelData,
    version?: string,
  ) {
    this.extractor = new FeatureExtractor(data.features);
    this.departmentScores = new Float64Array(data.departments.length);
    this.themeScores = new Float64Array(data.themes.length);
    this.table = scoringTable(data);
    this.themeLogitThresholds = Float64Array.from(data.themeThresholds, (p) => (p <= 0 ? -Infinity : p >= 1 ? Infinity : log(p / (1 - p))));
    this.version = version ?? encodeModel(data).version;
  }

  static fromBuffer(buffer: Buffer): LinearThemeModel {
    const { data, version } = decodeModel(buffer);
    return new LinearThemeModel(data, version);
  }

  toBuffer(): Buffer {
    return encodeModel(this.data).buffer;
  }

  /** The owning department of a theme key, if the model was trained knowing it. */
  departmentOfTheme(key: string): string | undefined {
    return this.data.themeDepartments[key];
  }

  isPraiseTheme(key: string): boolean {
    return this.data.praiseThemes.includes(key);
  }

  // The locale is accepted for the contract; both languages share one feature space and the text tells them apart.
  classify(text: string, _locale?: Locale): Classification {
    const d = this.data;
    const departmentScores = this.departmentScores;
    const themeScores = this.themeScores;
    this.score(text);

    const probabilities = softmaxInPlace(departmentScores);
    const departments: DepartmentScore[] = [];
    for (let k = 0; k < probabilities.length; k++) departments.push({ key: d.departments[k], confidence: probabilities[k] });
    departments.sort((a, b) => b.confidence - a.confidence);

    const themes: ThemeScore[] = [];
    const logitThresholds = this.themeLogitThresholds;
    for (let t = 0; t < themeScores.length; t++) {
      if (themeScores[t] >= logitThresholds[t]) themes.push({ key: d.themes[t], confidence: sigmoid(themeScores[t]) });
    }
    if (themes.length > 1) themes.sort((a, b) => b.confidence - a.confidence);
    return { themes, departments };
  }

  /**
   * Both heads' scores into departmentScores and themeScores, straight from
   * the extractor's counts: each bucket's slot gives its IDF and its rows (with
   * the IDF already multiplied in), and the L2 norm is applied once at the end.
   */
  private score(text: string): void {
    const { slotOf, words, floats, halves, stride, departmentScale, themeScale, themeWeights } = this.table;
    const departmentScores = this.departmentScores;
    const themeScores = this.themeScores;
    const departmentWidth = departmentScores.length;
    const themeWidth = themeScores.length;
    const scale = this.data.features.valueScale;

    const extractor = this.extractor;
    extractor.accumulate(text);
    const n = extractor.drain();
    const buckets = extractor.drainedBuckets;
    const counts = extractor.drainedCounts;
    // In passes, so that each pass's table reads do not wait on the previous
    // feature's arithmetic: the reads are what the time goes on (the tables
    // are larger than a core's cache), and independent reads overlap.
    if (this.rowAt.length < n) {
      this.rowAt = new Int32Array(n * 2);
      this.themeAt = new Int32Array(n * 2);
      this.themeValue = new Float64Array(n * 2);
      this.featureValue = new Float64Array(n * 2);
    }
    const { rowAt, themeAt, themeValue, featureValue } = this;
    for (let i = 0; i < n; i++) rowAt[i] = slotOf[buckets[i]] * stride;
    let sumSquares = 0;
    let themeHits = 0;
    for (let i = 0; i < n; i++) {
      const at = rowAt[i];
      const value = scaleCount(scale, counts[i]);
      featureValue[i] = value;
      const weighted = value * floats[at + ROW_IDF];
      sumSquares += weighted * weighted;
      const themeRow = words[at + ROW_THEME];
      if (themeRow < 0) continue;
      themeAt[themeHits] = themeRow * themeWidth;
      themeValue[themeHits++] = value * themeScale[themeRow];
    }
    // Four outputs at a time over all features, summed in locals: V8 keeps
    // them in registers, where "scores[k] +=" per feature was a load and a
    // store to memory for every weight (classification 10% faster on long
    // reviews, median of 30 interleaved runs). Each output still adds its
    // terms in feature order, so the sums are the same to the bit. Two loops,
    // not one helper: a function fed both Int16Array and Int8Array weights
    // would be polymorphic, and V8 compiles such code slower.
    for (let k = 0; k < departmentWidth; k += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const last = departmentWidth - k;
      for (let i = 0; i < n; i++) {
        const value = featureValue[i];
        const half = (rowAt[i] + ROW_WEIGHTS) * 2 + k;
        s0 += value * halves[half];
        if (last > 1) s1 += value * halves[half + 1];
        if (last > 2) s2 += value * halves[half + 2];
        if (last > 3) s3 += value * halves[half + 3];
      }
      departmentScores[k] = s0;
      if (last > 1) departmentScores[k + 1] = s1;
      if (last > 2) departmentScores[k + 2] = s2;
      if (last > 3) departmentScores[k + 3] = s3;
    }
    for (let k = 0; k < themeWidth; k += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const last = themeWidth - k;
      for (let j = 0; j < themeHits; j++) {
        const value = themeValue[j];
        const at = themeAt[j] + k;
        s0 += value * themeWeights[at];
        if (last > 1) s1 += value * themeWeights[at + 1];
        if (last > 2) s2 += value * themeWeights[at + 2];
        if (last > 3) s3 += value * themeWeights[at + 3];
      }
      themeScores[k] = s0;
      if (last > 1) themeScores[k + 1] = s1;
      if (last > 2) themeScores[k + 2] = s2;
      if (last > 3) themeScores[k + 3] = s3;
    }
    const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
    const departmentBias = this.data.departmentHead.bias;
    const themeBias = this.data.themeHead.bias;
    for (let k = 0; k < departmentWidth; k++) departmentScores[k] = departmentBias[k] + departmentScores[k] * departmentScale[k] * norm;
    for (let k = 0; k < themeWidth; k++) themeScores[k] = themeBias[k] + themeScores[k] * norm;
  }
}

/**
 * The model's per-bucket tables merged for classification, small enough to
 * stay in a core's cache. A bucket's slot (0 for every bucket the model knows
 * nothing of: unseen IDF, no weights) is one row of 32-bit words: its IDF, the
 * row of its theme weights (-1: none), then its department weights as 16-bit
 * steps of departmentScale (16 bytes a row for up to four departments). Theme
 * rows are 8-bit steps of their row's scale. Weights have the IDF multiplied in.
 * Slots and theme rows go from the commonest feature to the rarest, so the
 * rows nearly every text reads share cache lines.
 */
interface ScoringTable {
  /** 16-bit while the slots fit. */
  slotOf: Int32Array | Uint16Array;
  /** The rows; floats and halves are views of the same memory. */
  words: Int32Array;
  floats: Float32Array;
  halves: Int16Array;
  stride: number;
  /** Per department. */
  departmentScale: Float64Array;
  /** Per theme row. */
  themeScale: Float32Array;
  /** theme rows x themes */
  themeWeights: Int8Array;
}

const ROW_IDF = 0;
const ROW_THEME = 1;
const ROW_WEIGHTS = 2;

function scoringTable(d: LinearModelData): ScoringTable {
  const department = d.departmentHead;
  const theme = d.themeHead;
  const bucketCount = 1 << d.features.bucketBits;
  const unseen = d.idf ? unseenIdf(d.idf) : 1;
  const idfOf = (bucket: number) => (d.idf ? d.idf[bucket] : 1);
  const used = new Uint8Array(bucketCount);
  if (d.idf) for (let b = 0; b < bucketCount; b++) if (d.idf[b] !== unseen) used[b] = 1;
  for (const b of department.usedBuckets) used[b] = 1;
  for (const b of theme.usedBuckets) used[b] = 1;
  // Common features first (lowest IDF): the rows most texts read sit together and stay in cache.
  const order: number[] = [];
  for (let b = 0; b < bucketCount; b++) if (used[b]) order.push(b);
  order.sort((a, b) => idfOf(a) - idfOf(b) || a - b);
  const slotOf = new Int32Array(bucketCount);
  order.forEach((b, i) => (slotOf[b] = i + 1));
  const slots = order.length + 1;
  const dw = department.width;
  const stride = ROW_WEIGHTS + ((dw + 1) >> 1);
  const words = new Int32Array(slots * stride);
  const floats = new Float32Array(words.buffer);
  const halves = new Int16Array(words.buffer);
  for (let slot = 0; slot < slots; slot++) {
    floats[slot * stride + ROW_IDF] = unseen;
    words[slot * stride + ROW_THEME] = -1;
  }
  for (let b = 0; b < bucketCount; b++) if (slotOf[b] !== 0) floats[slotOf[b] * stride + ROW_IDF] = idfOf(b);

  const departmentScale = new Float64Array(dw);
  department.usedBuckets.forEach((b, row) => {
    for (let k = 0; k < dw; k++) departmentScale[k] = max(departmentScale[k], abs(department.weights[row * dw + k] * idfOf(b)) / 32767);
  });
  for (let k = 0; k < dw; k++) if (departmentScale[k] === 0) departmentScale[k] = 1;
  department.usedBuckets.forEach((b, row) => {
    const half = (slotOf[b] * stride + ROW_WEIGHTS) * 2;
    for (let k = 0; k < dw; k++) halves[half + k] = round((department.weights[row * dw + k] * idfOf(b)) / departmentScale[k]);
  });

  const tw = theme.width;
  const themeWeights = new Int8Array(theme.usedBuckets.length * tw);
  const themeScale = new Float32Array(theme.usedBuckets.length);
  const headRowOf = new Int32Array(bucketCount).fill(-1);
  theme.usedBuckets.forEach((b, row) => (headRowOf[b] = row));
  // Theme rows in slot order too.
  let row = 0;
  for (const b of order) {
    const from = headRowOf[b];
    if (from < 0) continue;
    let largest = 0;
    for (let k = 0; k < tw; k++) largest = max(largest, abs(theme.weights[from * tw + k] * idfOf(b)));
    themeScale[row] = largest > 0 ? largest / 127 : 1;
    for (let k = 0; k < tw; k++) themeWeights[row * tw + k] = round((theme.weights[from * tw + k] * idfOf(b)) / themeScale[row]);
    words[slotOf[b] * stride + ROW_THEME] = row;
    row++;
  }
  return { slotOf: slots <= 0xffff ? Uint16Array.from(slotOf) : slotOf, words, floats, halves, stride, departmentScale, themeScale, themeWeights };
}
