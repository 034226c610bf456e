import { FeatureConfig, FeatureExtractor, scaleCount } from './features';
import { unseenIdf } from './inverse-document-frequency';
import { LinearHead, sigmoid, softmaxInPlace } from './linear-head';
import { DEPARTMENT_LANES, LinearScores, THEME_LANES } from './linear-scores';
import { decodeModel, encodeModel } from './model-buffer';
import { Classification, DepartmentScore, Locale, ThemeClassifier, ThemeScore } from './theme-classifier';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one.
const { abs, ceil, fround, log, max, round, sqrt } = Math;

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
   * the extractor's counts: each bucket's slot row gives its IDF and its
   * weights (with the IDF already multiplied in), and the L2 norm is applied
   * once at the end.
   */
  private score(text: string): void {
    const { slotOf, scores, stride, departmentOffset, themeOffset, departmentScale } = this.table;
    const departmentScores = this.departmentScores;
    const themeScores = this.themeScores;
    const scale = this.data.features.valueScale;

    const extractor = this.extractor;
    extractor.accumulate(text);
    const n = extractor.drain();
    const buckets = extractor.drainedBuckets;
    const counts = extractor.drainedCounts;
    scores.reserve(n);
    const { floats, rows, values, themeValues, sums } = scores;
    // Every feature counts in the norm; only the ones the model knows (slot
    // not 0) go on to the kernels, in the order the extractor gave them. The
    // time goes on the slot and row reads (the table is larger than a core's
    // cache): first all slots, then the rows, without a branch on each
    // feature, so that the reads overlap instead of waiting on each other.
    for (let i = 0; i < n; i++) rows[i] = slotOf[buckets[i]] * stride;
    let sumSquares = 0;
    let known = 0;
    for (let i = 0; i < n; i++) {
      const at = rows[i];
      const value = scaleCount(scale, counts[i]);
      const weighted = value * floats[at + ROW_IDF];
      sumSquares += weighted * weighted;
      rows[known] = at * 4;
      values[known] = value;
      themeValues[known] = value * floats[at + ROW_THEME_SCALE];
      // Slot 0 (unknown): the next feature overwrites this one.
      known += -at >>> 31;
    }
    scores.sumDepartments(known, departmentOffset);
    scores.sumThemes(known, themeOffset);
    const norm = sumSquares > 0 ? 1 / sqrt(sumSquares) : 0;
    const departmentBias = this.data.departmentHead.bias;
    const themeBias = this.data.themeHead.bias;
    const themeSums = scores.departmentLanes;
    for (let k = 0; k < departmentScores.length; k++) departmentScores[k] = departmentBias[k] + sums[k] * departmentScale[k] * norm;
    for (let k = 0; k < themeScores.length; k++) themeScores[k] = themeBias[k] + sums[themeSums + k] * norm;
  }
}

/**
 * The model's per-bucket tables merged for classification into one row of
 * 32-bit words per slot (0 for every bucket the model knows nothing of:
 * unseen IDF, no weights), so a feature costs one cache miss, not one per
 * table: its IDF, the scale of its theme weights, its department weights as
 * 16-bit steps of departmentScale, then its theme weights as 8-bit steps of
 * the row's theme scale (40 bytes for five departments and twenty themes).
 * Weights have the IDF multiplied in; lanes past the last department or theme
 * are zero, so the kernels need no remainder. Slots go from the commonest
 * feature to the rarest, so the rows nearly every text reads share cache
 * lines. The rows live in the kernels' memory (LinearScores).
 */
interface ScoringTable {
  /** 16-bit while the slots fit. */
  slotOf: Int32Array | Uint16Array;
  scores: LinearScores;
  /** Words per row. */
  stride: number;
  /** Where a row's department and theme weights start, in bytes. */
  departmentOffset: number;
  themeOffset: number;
  /** Per department. */
  departmentScale: Float64Array;
}

const ROW_IDF = 0;
const ROW_THEME_SCALE = 1;
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
  const tw = theme.width;
  const departmentLanes = roundUp(dw, DEPARTMENT_LANES);
  const themeLanes = roundUp(tw, THEME_LANES);
  const departmentWords = departmentLanes / 2;
  const stride = ROW_WEIGHTS + departmentWords + themeLanes / 4;
  const departmentOffset = ROW_WEIGHTS * 4;
  const themeOffset = (ROW_WEIGHTS + departmentWords) * 4;
  const scores = new LinearScores(slots * stride * 4, departmentLanes, themeLanes);
  const { floats, halves, bytes } = scores;
  for (let slot = 0; slot < slots; slot++) floats[slot * stride + ROW_IDF] = unseen;
  for (let b = 0; b < bucketCount; b++) if (slotOf[b] !== 0) floats[slotOf[b] * stride + ROW_IDF] = idfOf(b);

  const departmentScale = new Float64Array(dw);
  department.usedBuckets.forEach((b, row) => {
    for (let k = 0; k < dw; k++) departmentScale[k] = max(departmentScale[k], abs(department.weights[row * dw + k] * idfOf(b)) / 32767);
  });
  for (let k = 0; k < dw; k++) if (departmentScale[k] === 0) departmentScale[k] = 1;
  department.usedBuckets.forEach((b, row) => {
    const half = (slotOf[b] * stride * 4 + departmentOffset) / 2;
    for (let k = 0; k < dw; k++) halves[half + k] = round((department.weights[row * dw + k] * idfOf(b)) / departmentScale[k]);
  });

  theme.usedBuckets.forEach((b, row) => {
    let largest = 0;
    for (let k = 0; k < tw; k++) largest = max(largest, abs(theme.weights[row * tw + k] * idfOf(b)));
    const rowScale = fround(largest > 0 ? largest / 127 : 1);
    const at = slotOf[b] * stride;
    floats[at + ROW_THEME_SCALE] = rowScale;
    const byte = at * 4 + themeOffset;
    for (let k = 0; k < tw; k++) bytes[byte + k] = round((theme.weights[row * tw + k] * idfOf(b)) / rowScale);
  });
  return {
    slotOf: slots <= 0xffff ? Uint16Array.from(slotOf) : slotOf,
    scores,
    stride,
    departmentOffset,
    themeOffset,
    departmentScale,
  };
}

function roundUp(x: number, multiple: number): number {
  return ceil(x / multiple) * multiple;
}
