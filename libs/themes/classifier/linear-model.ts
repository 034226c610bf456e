import { FeatureConfig, FeatureExtractor, SparseVector } from './features';
import { LinearHead, sigmoid, softmaxInPlace } from './linear-head';
import { decodeModel, encodeModel } from './model-buffer';
import { Classification, DepartmentScore, Locale, ThemeClassifier, ThemeScore } from './theme-classifier';

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

  constructor(
    readonly data: LinearModelData,
    version?: string,
  ) {
    this.extractor = new FeatureExtractor(data.features, data.idf ?? undefined);
    this.departmentScores = new Float64Array(data.departments.length);
    this.themeScores = new Float64Array(data.themes.length);
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
    return this.classifyVector(this.extractor.extract(text));
  }

  private classifyVector(x: SparseVector): Classification {
    const d = this.data;
    const probabilities = softmaxInPlace(d.departmentHead.scores(x, this.departmentScores));
    const departments: DepartmentScore[] = d.departments.map((key, k) => ({ key, confidence: probabilities[k] }));
    departments.sort((a, b) => b.confidence - a.confidence);

    const scores = d.themeHead.scores(x, this.themeScores);
    const themes: ThemeScore[] = [];
    for (let t = 0; t < d.themes.length; t++) {
      const confidence = sigmoid(scores[t]);
      if (confidence >= d.themeThresholds[t]) themes.push({ key: d.themes[t], confidence });
    }
    themes.sort((a, b) => b.confidence - a.confidence);
    return { themes, departments };
  }
}
