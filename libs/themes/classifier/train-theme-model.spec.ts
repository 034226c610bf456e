import { SparseVector } from './features';
import { DEFAULT_TRAIN_OPTIONS, LabelledVectors, trainConvergedSoftmaxHead, trainThemeModel } from './train-theme-model';
import { seededRandom } from './seeded-random';

/**
 * The converged department fit is checked against its own definition: at the
 * optimum of sum(weight x class weight x cross-entropy) / sum(weights) +
 * ||W||^2 / (2 C sum(weights)), computed here the plain way over a dense
 * table, every partial derivative is zero.
 */
describe('trainConvergedSoftmaxHead', () => {
  const buckets = 40;
  const width = 3;

  function data(): LabelledVectors {
    const random = seededRandom(4);
    const x: SparseVector[] = [];
    const y: number[] = [];
    const weight: number[] = [];
    // Class 2 is rare (a tenth of the rows), weights vary as the English file's agreement does.
    for (let i = 0; i < 120; i++) {
      const label = i % 10 === 0 ? 2 : i % 2;
      const indices = new Set<number>([label * 5 + Math.floor(random() * 5)]);
      while (indices.size < 6) indices.add(Math.floor(random() * buckets));
      const values = Array.from(indices, () => 0.2 + random());
      const norm = Math.hypot(...values);
      x.push({ indices: Int32Array.from(indices), values: Float32Array.from(values, (v) => v / norm), length: indices.size });
      y.push(label);
      weight.push((0.3 + 0.7 * random()) ** 2);
    }
    return { x, y, weight };
  }

  function plainGradient(d: LabelledVectors, weights: Float32Array, bias: Float32Array, c: number): number[] {
    const count = [0, 0, 0];
    for (const label of d.y) count[label]++;
    const sample = d.y.map((label, i) => (d.y.length / width / count[label]) * d.weight[i]);
    const total = sample.reduce((a, b) => a + b, 0);
    const gradient = new Array<number>(buckets * width + width).fill(0);
    d.x.forEach((v, i) => {
      const scores = Array.from(bias, Number);
      for (let j = 0; j < v.length; j++) for (let k = 0; k < width; k++) scores[k] += v.values[j] * weights[v.indices[j] * width + k];
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      for (let k = 0; k < width; k++) {
        const delta = (sample[i] / total) * (exps[k] / sum - (k === d.y[i] ? 1 : 0));
        gradient[buckets * width + k] += delta;
        for (let j = 0; j < v.length; j++) gradient[v.indices[j] * width + k] += delta * v.values[j];
      }
    });
    for (let i = 0; i < buckets * width; i++) gradient[i] += weights[i] / (c * total);
    return gradient;
  }

  it.each([0.1, 1, 10])('ends where the penalised loss has no slope (C %s)', (c) => {
    const d = data();
    const head = trainConvergedSoftmaxHead(d, width, buckets, c);
    const gradient = plainGradient(d, head.weights, head.bias, c);
    const steepest = Math.max(...gradient.map(Math.abs));
    // Float32 weights: the slope left is rounding, far below the 0.1-1 of a zero start.
    expect(steepest).toBeLessThan(1e-5);
    expect(Math.max(...plainGradient(d, new Float32Array(buckets * width), new Float32Array(width), c).map(Math.abs))).toBeGreaterThan(0.01);
  });

  it('fits a weaker penalty more closely', () => {
    const d = data();
    const size = (c: number) => trainConvergedSoftmaxHead(d, width, buckets, c).weights.reduce((sum, w) => sum + w * w, 0);
    expect(size(10)).toBeGreaterThan(size(1));
    expect(size(1)).toBeGreaterThan(size(0.1));
  });
});

describe('trainThemeModel department fit', () => {
  const examples = [
    ...['kurier spóźnił się', 'paczka przyszła po tygodniu', 'the parcel was late', 'courier never came'].map((text) => ({ text, department: 'logistics' })),
    ...['faktura ma zły NIP', 'pobrano dwa razy', 'wrong amount on the invoice', 'charged twice'].map((text) => ({ text, department: 'billing' })),
    ...['nikt nie odpisuje', 'konsultant był niemiły', 'nobody answers my emails', 'rude agent on the phone'].map((text) => ({ text, department: 'customer_service' })),
  ];

  it('is converged from convergedFrom examples on, and early-stopped below', () => {
    const early = trainThemeModel(examples, { departmentFit: 'early-stopped' });
    const converged = trainThemeModel(examples, { departmentFit: 'converged' });
    expect(converged.version).not.toBe(early.version);
    expect(trainThemeModel(examples, { convergedFrom: examples.length }).version).toBe(converged.version);
    expect(trainThemeModel(examples, { convergedFrom: examples.length + 1 }).version).toBe(early.version);
    expect(trainThemeModel(examples).version).toBe(early.version);
    expect(DEFAULT_TRAIN_OPTIONS.convergedFrom).toBeGreaterThan(examples.length);
  });

  it('learns the departments of its examples and trains the same weights twice', () => {
    // Twelve examples: keep every feature and penalise lightly, so the fit can learn them all.
    const options = { departmentFit: 'converged' as const, minDocumentFrequency: 1, departmentC: 100 };
    const model = trainThemeModel(examples, options);
    for (const e of examples) expect(model.classify(e.text).departments[0].key).toBe(e.department);
    expect(trainThemeModel(examples, options).version).toBe(model.version);
  });
});
