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
    const { slotOf, rows, stride, themeWeights } = this.table;
    const departmentScores = this.departmentScores;
    const themeScores = this.themeScores;
    const departmentWidth = departmentScores.length;
    const themeWidth = themeScores.length;
    const scale = this.data.features.valueScale;
    departmentScores.fill(0);
    themeScores.fill(0);

    const extractor = this.extractor;
    extractor.accumulate(text);
    const n = extractor.drain();
    const buckets = extractor.drainedBuckets;
    const counts = extractor.drainedCounts;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const at = slotOf[buckets[i]] * stride;
      const value = scaleCount(scale, counts[i]);
      const weighted = value * rows[at];
      sumSquares += weighted * weighted;
      for (let k = 0; k < departmentWidth; k++) departmentScores[k] += value * rows[at + ROW_WEIGHTS + k];
      const themeRow = rows[at + ROW_THEME];
      if (themeRow < 0) continue;
      const themeValue = value * rows[at + ROW_THEME_SCALE];
      const themeAt = themeRow * themeWidth;
      for (let k = 0; k < themeWidth; k++) themeScores[k] += themeValue * themeWeights[themeAt + k];
    }
    const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
    const departmentBias = this.data.departmentHead.bias;
    const themeBias = this.data.themeHead.bias;
    for (let k = 0; k < departmentWidth; k++) departmentScores[k] = departmentBias[k] + departmentScores[k] * norm;
    for (let k = 0; k < themeWidth; k++) themeScores[k] = themeBias[k] + themeScores[k] * norm;
  }
}

/**
 * The model's per-bucket tables merged for classification. A bucket's slot
 * (0 for every bucket the model knows nothing of: unseen IDF, no weights)
 * is one row of `rows`, which fits a cache line for up to five departments:
 * its IDF, the row of its theme weights (-1: none) and their scale, then its
 * department weights. Weights have the IDF multiplied in. Theme weights are
 * 8-bit (a scale per row): 21 themes' rows at Float32 were 2.3 MB read at random.
 */
interface ScoringTable {
  /** 16-bit while the slots fit: half the bytes to keep in cache. */
  slotOf: Int32Array | Uint16Array;
  rows: Float32Array;
  stride: number;
  /** theme rows x themes, times the row's scale */
  themeWeights: Int8Array;
}

const ROW_IDF = 0;
const ROW_THEME = 1;
const ROW_THEME_SCALE = 2;
const ROW_WEIGHTS = 3;

function scoringTable(d: LinearModelData): ScoringTable {
  const department = d.departmentHead;
  const theme = d.themeHead;
  const bucketCount = 1 << d.features.bucketBits;
  const unseen = d.idf ? unseenIdf(d.idf) : 1;
  const slotOf = new Int32Array(bucketCount);
  let slots = 1;
  const take = (bucket: number) => {
    if (slotOf[bucket] === 0) slotOf[bucket] = slots++;
  };
  if (d.idf) for (let b = 0; b < bucketCount; b++) if (d.idf[b] !== unseen) take(b);
  for (const b of department.usedBuckets) take(b);
  for (const b of theme.usedBuckets) take(b);

  const idfOf = (bucket: number) => (d.idf ? d.idf[bucket] : 1);
  const compactSlotOf = slots <= 0xffff ? Uint16Array.from(slotOf) : slotOf;
  const dw = department.width;
  const stride = (ROW_WEIGHTS + dw + 7) & ~7;
  const rows = new Float32Array(slots * stride);
  for (let slot = 0; slot < slots; slot++) {
    rows[slot * stride + ROW_IDF] = unseen;
    rows[slot * stride + ROW_THEME] = -1;
  }
  for (let b = 0; b < bucketCount; b++) if (slotOf[b] !== 0) rows[slotOf[b] * stride + ROW_IDF] = idfOf(b);
  department.usedBuckets.forEach((b, row) => {
    for (let k = 0; k < dw; k++) rows[slotOf[b] * stride + ROW_WEIGHTS + k] = department.weights[row * dw + k] * idfOf(b);
  });
  const tw = theme.width;
  const themeWeights = new Int8Array(theme.usedBuckets.length * tw);
  theme.usedBuckets.forEach((b, row) => {
    let largest = 0;
    for (let k = 0; k < tw; k++) largest = max(largest, abs(theme.weights[row * tw + k] * idfOf(b)));
    const scale = largest > 0 ? largest / 127 : 1;
    for (let k = 0; k < tw; k++) themeWeights[row * tw + k] = round((theme.weights[row * tw + k] * idfOf(b)) / scale);
    rows[slotOf[b] * stride + ROW_THEME] = row;
    rows[slotOf[b] * stride + ROW_THEME_SCALE] = scale;
  });
  return { slotOf: compactSlotOf, rows, stride, themeWeights };
}
