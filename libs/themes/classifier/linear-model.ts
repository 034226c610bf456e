import { FeatureConfig, FeatureExtractor, SparseVector } from './features';
import { decodeModel, encodeModel } from './model-buffer';
import { Classification, DepartmentScore, Locale, ThemeClassifier, ThemeScore } from './theme-classifier';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { exp } = Math;

/** Everything a trained model is; weights are row-major by bucket so one feature's outputs sit together. */
export interface LinearModelData {
  features: FeatureConfig;
  departments: string[];
  themes: string[];
  /** Owning department of each theme key, for keyword rules that add a theme. */
  themeDepartments: Record<string, string>;
  /** Praise themes are reported but never route a comment. */
  praiseThemes: string[];
  /** Per theme, in `themes` order. */
  themeThresholds: Float32Array;
  /** buckets x departments */
  departmentWeights: Float32Array;
  departmentBias: Float32Array;
  /** buckets x themes */
  themeWeights: Float32Array;
  themeBias: Float32Array;
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

  constructor(readonly data: LinearModelData, version?: string) {
    this.extractor = new FeatureExtractor(data.features);
    this.departmentScores = new Float64Array(data.departments.length);
    this.themeScores = new Float64Array(data.themes.length);
    this.version = version ?? encodeModel(data).version;
  }

  static fromBuffer(buffer: Buffer): LinearThemeModel {
    const { data, version } = decodeModel(buffer);
    return new LinearThemeModel(data, version);
  }

  /** The owning department of a theme key, if the model was trained knowing it. */
  departmentOfTheme(key: string): string | undefined {
    return this.data.themeDepartments[key];
  }

  isPraiseTheme(key: string): boolean {
    return this.data.praiseThemes.includes(key);
  }

  toBuffer(): Buffer {
    return encodeModel(this.data).buffer;
  }

  // The locale is accepted for the contract; both languages share one feature space and the text tells them apart.
  classify(text: string, _locale?: Locale): Classification {
    return this.classifyVector(this.extractor.extract(text));
  }

  classifyWords(words: readonly string[]): Classification {
    return this.classifyVector(this.extractor.extractWords(words));
  }

  private classifyVector(x: SparseVector): Classification {
    const d = this.data;
    const departmentProbabilities = softmaxScores(x, d.departmentWeights, d.departmentBias, this.departmentScores);
    const departments: DepartmentScore[] = d.departments.map((key, k) => ({ key, confidence: departmentProbabilities[k] }));
    departments.sort((a, b) => b.confidence - a.confidence);

    linearScores(x, d.themeWeights, d.themeBias, this.themeScores);
    const themes: ThemeScore[] = [];
    for (let t = 0; t < d.themes.length; t++) {
      const confidence = sigmoid(this.themeScores[t]);
      if (confidence >= d.themeThresholds[t]) themes.push({ key: d.themes[t], confidence });
    }
    themes.sort((a, b) => b.confidence - a.confidence);
    return { themes, departments };
  }
}

export function linearScores(x: SparseVector, weights: Float32Array, bias: Float32Array, out: Float64Array): Float64Array {
  const width = bias.length;
  for (let k = 0; k < width; k++) out[k] = bias[k];
  for (let i = 0; i < x.length; i++) {
    const row = x.indices[i] * width;
    const value = x.values[i];
    for (let k = 0; k < width; k++) out[k] += value * weights[row + k];
  }
  return out;
}

export function softmaxScores(x: SparseVector, weights: Float32Array, bias: Float32Array, out: Float64Array): Float64Array {
  linearScores(x, weights, bias, out);
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
