// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one.
const { abs, max, sqrt } = Math;

/** f(x), writing d f / d x into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Pairs of steps kept for the curvature estimate. */
  memory?: number;
  maxIterations?: number;
  /** Stop when the largest gradient entry is below this times max(1, |f|). */
  gradientTolerance?: number;
  /** Stop when f improves by less than this, relatively, in one iteration. */
  relativeTolerance?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
}

/**
 * Limited-memory BFGS with a backtracking line search (Armijo), minimising a
 * smooth convex function from `start`. Deterministic: no randomness, the
 * same inputs give the same result to the bit.
 */
export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const m = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 500;
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  const relativeTolerance = options.relativeTolerance ?? 1e-9;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = objective(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const direction = new Float64Array(n);
  let nextX = new Float64Array(n);
  let nextG = new Float64Array(n);
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    if (largest(g) <= gradientTolerance * max(1, abs(f))) break;
    // Two-loop recursion: direction = -H g.
    direction.set(g);
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(s[k], direction);
      axpy(-alpha[k], y[k], direction);
    }
    const gamma = s.length > 0 ? dot(s[s.length - 1], y[y.length - 1]) / dot(y[y.length - 1], y[y.length - 1]) : 1 / max(1, norm(g));
    for (let i = 0; i < n; i++) direction[i] *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k] * dot(y[k], direction);
      axpy(alpha[k] - beta, s[k], direction);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i];
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature pairs gone stale): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      const scale = 1 / max(1, norm(g));
      for (let i = 0; i < n; i++) direction[i] = -g[i] * scale;
      slope = dot(g, direction);
    }
    let step = 1;
    let nextF = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i] + step * direction[i];
      nextF = objective(nextX, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextF < f)) break;
    // When the memory is full the oldest pair leaves it and lends its arrays to the new one: a fit
    // over 40,000 columns would otherwise allocate megabytes per step.
    const full = s.length === m;
    const sk = full ? s.shift()! : new Float64Array(n);
    const yk = full ? y.shift()! : new Float64Array(n);
    if (full) rho.shift();
    for (let i = 0; i < n; i++) {
      sk[i] = nextX[i] - x[i];
      yk[i] = nextG[i] - g[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const improvement = (f - nextF) / max(1, abs(f));
    [x, nextX] = [nextX, x];
    [g, nextG] = [nextG, g];
    f = nextF;
    if (improvement < relativeTolerance) {
      iteration++;
      break;
    }
  }
  return { x, value: f, iterations: iteration };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function norm(v: Float64Array): number {
  return sqrt(dot(v, v));
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}

function largest(v: Float64Array): number {
  let top = 0;
  for (let i = 0; i < v.length; i++) if (abs(v[i]) > top) top = abs(v[i]);
  return top;
}
