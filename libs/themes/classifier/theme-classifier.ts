/** The classifier contract of issue 9: what the product and the benchmark call. */

export interface ThemeScore {
  key: string;
  /** 0..1 */
  confidence: number;
}

export interface DepartmentScore {
  key: string;
  /** 0..1 */
  confidence: number;
}

export interface Classification {
  /** Every theme whose confidence reaches its threshold, best first. */
  themes: ThemeScore[];
  /** The department head's distribution over departments, best first. */
  departments: DepartmentScore[];
}

export type Locale = 'pl' | 'en';

export interface ThemeClassifier {
  readonly version: string;
  classify(text: string, locale?: Locale): Classification;
}

/**
 * One labelled comment. `themes: []` says "no theme applies" and teaches the
 * theme head that; `themes` left out says nothing about themes (a row that
 * only knows its department).
 */
export interface TrainingExample {
  text: string;
  locale?: Locale;
  themes?: string[];
  department?: string;
  /** How much the example counts in training, 1 by default (a staff correction may count more). */
  weight?: number;
}
