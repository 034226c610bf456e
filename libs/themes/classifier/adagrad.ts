import { SparseVector } from './features';

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { abs, sqrt } = Math;

// Outputs the example already gets right contribute almost nothing; skipping them keeps training fast.
const NEGLIGIBLE_GRADIENT = 1e-4;

export interface AdaGradSettings {
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  /** Return the average of the weights over all steps instead of the last ones. */
  averaged: boolean;
}

/**
 * A dense buckets x width weight table trained by AdaGrad on sparse inputs.
 * Averaging uses the lazy form (w - u/c with u summing c·Δw), so it costs
 * nothing for the buckets a step does not touch.
 */
export class AdaGradTable {
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  private readonly squares: Float32Array;
  private readonly biasSquares: Float32Array;
  private readonly weightedSteps: Float32Array | null;
  private readonly biasWeightedSteps: Float32Array | null;
  private step = 1;

  constructor(
    buckets: number,
    readonly width: number,
    private readonly s: AdaGradSettings,
  ) {
    this.weights = new Float32Array(buckets * width);
    this.squares = new Float32Array(buckets * width);
    this.bias = new Float32Array(width);
    this.biasSquares = new Float32Array(width);
    this.weightedSteps = s.averaged ? new Float32Array(buckets * width) : null;
    this.biasWeightedSteps = s.averaged ? new Float32Array(width) : null;
  }

  /** One step for example x, given d(loss)/d(score) for each output. */
  update(x: SparseVector, gradient: Float64Array): void {
    const { weights, squares, bias, biasSquares, weightedSteps, biasWeightedSteps, width, step } = this;
    const { learningRate, l2 } = this.s;
    for (let k = 0; k < width; k++) {
      const g = gradient[k];
      if (abs(g) < NEGLIGIBLE_GRADIENT) continue;
      biasSquares[k] += g * g;
      const delta = (-learningRate * g) / sqrt(biasSquares[k]);
      bias[k] += delta;
      if (biasWeightedSteps) biasWeightedSteps[k] += step * delta;
    }
    for (let i = 0; i < x.length; i++) {
      const row = x.indices[i] * width;
      const value = x.values[i];
      for (let k = 0; k < width; k++) {
        if (abs(gradient[k]) < NEGLIGIBLE_GRADIENT) continue;
        const at = row + k;
        const g = gradient[k] * value + l2 * weights[at];
        squares[at] += g * g;
        const delta = (-learningRate * g) / (sqrt(squares[at]) + 1e-8);
        weights[at] += delta;
        if (weightedSteps) weightedSteps[at] += step * delta;
      }
    }
    this.step++;
  }

  /** The trained weights (averaged if asked); the table is not to be updated afterwards. */
  finish(): { weights: Float32Array; bias: Float32Array } {
    if (this.weightedSteps && this.biasWeightedSteps) {
      const c = this.step;
      for (let i = 0; i < this.weights.length; i++) if (this.weightedSteps[i] !== 0) this.weights[i] -= this.weightedSteps[i] / c;
      for (let k = 0; k < this.width; k++) this.bias[k] -= this.biasWeightedSteps[k] / c;
    }
    return { weights: this.weights, bias: this.bias };
  }
}
