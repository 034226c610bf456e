import { minimizeLbfgs } from './lbfgs';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function from the usual start', () => {
    // Curved and badly conditioned: plain gradient descent takes thousands of steps here.
    const { x, iterations } = minimizeLbfgs(
      (p, g) => {
        const [a, b] = [p[0], p[1]];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { gradientTolerance: 1e-10, relativeTolerance: 0 },
    );
    expect(x[0]).toBeCloseTo(1, 5);
    expect(x[1]).toBeCloseTo(1, 5);
    expect(iterations).toBeLessThan(100);
  });

  it('solves a coupled quadratic in many dimensions', () => {
    // f = sum d_i (x_i - t_i)^2 + (x_0 - x_1)^2 ... minimum where the gradient vanishes.
    const n = 200;
    const d = Float64Array.from({ length: n }, (_, i) => 1 + (i % 17));
    const t = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
    const objective = (p: Float64Array, g: Float64Array) => {
      let f = 0;
      for (let i = 0; i < n; i++) {
        f += d[i] * (p[i] - t[i]) ** 2;
        g[i] = 2 * d[i] * (p[i] - t[i]);
      }
      for (let i = 0; i + 1 < n; i++) {
        f += (p[i] - p[i + 1]) ** 2;
        g[i] += 2 * (p[i] - p[i + 1]);
        g[i + 1] -= 2 * (p[i] - p[i + 1]);
      }
      return f;
    };
    const { x } = minimizeLbfgs(objective, new Float64Array(n), { gradientTolerance: 1e-9, relativeTolerance: 0 });
    const g = new Float64Array(n);
    objective(x, g);
    expect(Math.max(...g.map(Math.abs))).toBeLessThan(1e-6);
  });

  it('gives the same result to the bit for the same problem', () => {
    const objective = (p: Float64Array, g: Float64Array) => {
      g[0] = 4 * (p[0] - 3) ** 3;
      g[1] = 2 * (p[1] + 1);
      return (p[0] - 3) ** 4 + (p[1] + 1) ** 2;
    };
    const a = minimizeLbfgs(objective, Float64Array.from([0, 0]));
    const b = minimizeLbfgs(objective, Float64Array.from([0, 0]));
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
  });
});
