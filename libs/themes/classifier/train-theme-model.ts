import { DEFAULT_FEATURE_CONFIG, FeatureConfig, FeatureExtractor, SparseVector, copyVector } from './features';
import { LinearModelData, LinearThemeModel, sigmoid, softmaxScores, linearScores } from './linear-model';
import { seededRandom, shuffleInPlace } from './seeded-random';
import { TrainingExample } from './theme-classifier';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { abs, sqrt, pow, max } = Math;

export interface TrainOptions {
  /** Owning department of each theme; an example without `department` takes its first complaint theme's. */
  themeDepartments?: Record<string, string>;
  /** Praise theme keys (default: keys starting "praise_"): they never give an example its department. */
  praiseThemes?: string[];
  features?: Partial<FeatureConfig>;
  /** Passes over the data; default chosen by the number of examples. */
  epochs?: number;
  /** AdaGrad step size. */
  learningRate?: number;
  /** L2 penalty on the weights an example touches. */
  l2?: number;
  /**
   * Weight of a department's examples is (examples per department on average /
   * this department's examples) ^ power: 0 ignores imbalance, 1 fully evens it out.
   */
  classWeightPower?: number;
  /** Same for a theme's positive examples against its negatives. */
  themePositiveWeightPower?: number;
  /** Confidence at which a theme is reported: one number for all, or per key (default 0.5). */
  themeThresholds?: number | Record<string, number>;
  seed?: number;
}

export const DEFAULT_TRAIN_OPTIONS = {
  learningRate: 0.3,
  l2: 1e-4,
  classWeightPower: 0.5,
  themePositiveWeightPower: 0.5,
  themeThreshold: 0.5,
  seed: 9,
};

/** Deterministic: the same examples and options give the same weights (seeded shuffling, no clock, no Math.random). */
export function trainThemeModel(examples: readonly TrainingExample[], options: TrainOptions = {}): LinearThemeModel {
  const features: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...options.features };
  const themeDepartments = options.themeDepartments ?? {};
  const allThemeKeys = new Set(examples.flatMap((e) => e.themes ?? []));
  const praiseThemes = options.praiseThemes ?? [...allThemeKeys].filter((k) => k.startsWith('praise_'));
  const praise = new Set(praiseThemes);

  const extractor = new FeatureExtractor(features);
  const vectors = examples.map((e) => copyVector(extractor.extract(e.text)));
  const departmentLabels = examples.map((e) => departmentOf(e, themeDepartments, praise));
  const departments = [...new Set(departmentLabels.filter((d): d is string => d !== undefined))].sort();
  const themes = [...allThemeKeys].sort();

  const epochs = options.epochs ?? defaultEpochs(examples.length);
  const random = seededRandom(options.seed ?? DEFAULT_TRAIN_OPTIONS.seed);
  const settings: HeadSettings = {
    epochs,
    learningRate: options.learningRate ?? DEFAULT_TRAIN_OPTIONS.learningRate,
    l2: options.l2 ?? DEFAULT_TRAIN_OPTIONS.l2,
    random,
  };

  const departmentHead = trainSoftmaxHead(
    pick(vectors, departmentLabels.map((d) => (d === undefined ? -1 : departments.indexOf(d)))),
    departments.length,
    extractor.bucketCount,
    options.classWeightPower ?? DEFAULT_TRAIN_OPTIONS.classWeightPower,
    settings,
  );
  const themed = examples.flatMap((e, i) => (e.themes === undefined ? [] : [{ x: vectors[i], themes: e.themes }]));
  const themeHead = trainOneVsRestHead(
    themed.map((t) => t.x),
    themed.map((t) => themes.map((key) => t.themes.includes(key))),
    themes.length,
    extractor.bucketCount,
    options.themePositiveWeightPower ?? DEFAULT_TRAIN_OPTIONS.themePositiveWeightPower,
    settings,
  );

  const data: LinearModelData = {
    features,
    departments,
    themes,
    themeDepartments: { ...themeDepartments },
    praiseThemes,
    themeThresholds: Float32Array.from(themes, (key) => thresholdOf(key, options.themeThresholds)),
    departmentWeights: departmentHead.weights,
    departmentBias: departmentHead.bias,
    themeWeights: themeHead.weights,
    themeBias: themeHead.bias,
  };
  return new LinearThemeModel(data);
}

/**
 * The department an example teaches: its own label, else the department of
 * its first complaint theme. Praise-only and theme-less rows teach none: the
 * department head answers "whose complaint is this", and "great courier" must
 * not pull complaints towards logistics.
 */
function departmentOf(e: TrainingExample, themeDepartments: Record<string, string>, praise: Set<string>): string | undefined {
  if (e.department) return e.department;
  const complaint = (e.themes ?? []).find((t) => !praise.has(t) && themeDepartments[t] !== undefined);
  return complaint === undefined ? undefined : themeDepartments[complaint];
}

// Small sets need more passes for AdaGrad to settle; large ones get there sooner and cost more per pass.
function defaultEpochs(count: number): number {
  return count < 1000 ? 12 : count < 5000 ? 8 : 5;
}

function thresholdOf(key: string, thresholds: TrainOptions['themeThresholds']): number {
  if (typeof thresholds === 'number') return thresholds;
  return thresholds?.[key] ?? DEFAULT_TRAIN_OPTIONS.themeThreshold;
}

interface HeadSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  random: () => number;
}

interface Head {
  weights: Float32Array;
  bias: Float32Array;
}

function pick(vectors: SparseVector[], labels: number[]): { x: SparseVector[]; y: number[] } {
  const x: SparseVector[] = [];
  const y: number[] = [];
  labels.forEach((label, i) => {
    if (label >= 0) {
      x.push(vectors[i]);
      y.push(label);
    }
  });
  return { x, y };
}

/** Multinomial logistic regression by AdaGrad with L2 on the touched weights. */
function trainSoftmaxHead(data: { x: SparseVector[]; y: number[] }, width: number, buckets: number, weightPower: number, s: HeadSettings): Head {
  const weights = new Float32Array(buckets * width);
  const bias = new Float32Array(width);
  if (width === 0 || data.x.length === 0) return { weights, bias };
  const squares = new Float32Array(buckets * width);
  const biasSquares = new Float32Array(width);
  const counts = new Array<number>(width).fill(0);
  for (const y of data.y) counts[y]++;
  const classWeight = counts.map((c) => (c === 0 ? 0 : pow(data.y.length / width / c, weightPower)));

  const probabilities = new Float64Array(width);
  const gradient = new Float64Array(width);
  const order = data.x.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffleInPlace(order, s.random);
    for (const i of order) {
      const x = data.x[i];
      softmaxScores(x, weights, bias, probabilities);
      const w = classWeight[data.y[i]];
      for (let k = 0; k < width; k++) gradient[k] = (probabilities[k] - (k === data.y[i] ? 1 : 0)) * w;
      update(x, gradient, weights, squares, bias, biasSquares, s);
    }
  }
  return { weights, bias };
}

/** One logistic regression per output, trained together so each example's features are read once. */
function trainOneVsRestHead(x: SparseVector[], y: boolean[][], width: number, buckets: number, positivePower: number, s: HeadSettings): Head {
  const weights = new Float32Array(buckets * width);
  const bias = new Float32Array(width);
  if (width === 0 || x.length === 0) return { weights, bias };
  const squares = new Float32Array(buckets * width);
  const biasSquares = new Float32Array(width);
  const positiveWeight = Array.from({ length: width }, (_, k) => {
    const positives = y.filter((row) => row[k]).length;
    return positives === 0 ? 1 : pow(max(1, (x.length - positives) / positives), positivePower);
  });

  const scores = new Float64Array(width);
  const gradient = new Float64Array(width);
  const order = x.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffleInPlace(order, s.random);
    for (const i of order) {
      linearScores(x[i], weights, bias, scores);
      for (let k = 0; k < width; k++) {
        const target = y[i][k];
        gradient[k] = (sigmoid(scores[k]) - (target ? 1 : 0)) * (target ? positiveWeight[k] : 1);
      }
      update(x[i], gradient, weights, squares, bias, biasSquares, s);
    }
  }
  return { weights, bias };
}

// Outputs the example already gets right contribute almost nothing; skipping them keeps training fast.
const NEGLIGIBLE_GRADIENT = 1e-4;

function update(
  x: SparseVector,
  gradient: Float64Array,
  weights: Float32Array,
  squares: Float32Array,
  bias: Float32Array,
  biasSquares: Float32Array,
  s: HeadSettings,
): void {
  const width = bias.length;
  for (let k = 0; k < width; k++) {
    const g = gradient[k];
    if (abs(g) < NEGLIGIBLE_GRADIENT) continue;
    biasSquares[k] += g * g;
    bias[k] -= (s.learningRate * g) / sqrt(biasSquares[k]);
  }
  for (let i = 0; i < x.length; i++) {
    const row = x.indices[i] * width;
    const value = x.values[i];
    for (let k = 0; k < width; k++) {
      if (abs(gradient[k]) < NEGLIGIBLE_GRADIENT) continue;
      const at = row + k;
      const g = gradient[k] * value + s.l2 * weights[at];
      squares[at] += g * g;
      weights[at] -= (s.learningRate * g) / (sqrt(squares[at]) + 1e-8);
    }
  }
}
