import { describe, expect, it } from 'vitest';
import { levenbergMarquardt, numericalJacobian } from './levenberg-marquardt.js';
import { Matrix } from '../linear-algebra/index.js';

describe('Levenberg–Marquardt', () => {
  it('solves Rosenbrock’s problem from the classic start', () => {
    const result = levenbergMarquardt({
      residuals: ([x = 0, y = 0]) => [10 * (y - x * x), 1 - x],
      start: [-1.2, 1],
    });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
  });

  it('uses an analytic Jacobian when given one', () => {
    const result = levenbergMarquardt({
      residuals: ([x = 0, y = 0]) => [10 * (y - x * x), 1 - x],
      jacobian: ([x = 0]) =>
        Matrix.fromRows([
          [-20 * x, 10],
          [-1, 0],
        ]),
      start: [-1.2, 1],
    });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
  });

  it('stops exactly on an active bound instead of crossing it', () => {
    // min (x − 3)² + (y + 1)² with x ≤ 2, y ≥ 0: the answer is the corner (2, 0)
    const result = levenbergMarquardt({
      residuals: ([x = 0, y = 0]) => [x - 3, y + 1],
      start: [0.5, 0.5],
      lower: [-Infinity, 0],
      upper: [2, Infinity],
    });
    expect(result.converged).toBe(true);
    expect(result.x).toEqual([2, 0]);
    expect(result.sse).toBeCloseTo(2, 12);
  });

  it('says so when it runs out of iterations', () => {
    const result = levenbergMarquardt(
      { residuals: ([x = 0, y = 0]) => [10 * (y - x * x), 1 - x], start: [-1.2, 1] },
      { maxIterations: 2 },
    );
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('no convergence within 2 iterations');
  });

  it('refuses a start where the residuals are not finite', () => {
    const result = levenbergMarquardt({ residuals: ([x = 0]) => [Math.log(x)], start: [-1] });
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('residuals are not finite at the starting values');
  });

  it('differentiates numerically to about 1e-9 relative', () => {
    const jacobian = numericalJacobian(([a = 0, b = 0]) => [Math.exp(a) * b, a * a * b], [0.7, 3]);
    expect(jacobian.get(0, 0)).toBeCloseTo(Math.exp(0.7) * 3, 8);
    expect(jacobian.get(0, 1)).toBeCloseTo(Math.exp(0.7), 8);
    expect(jacobian.get(1, 0)).toBeCloseTo(2 * 0.7 * 3, 8);
    expect(jacobian.get(1, 1)).toBeCloseTo(0.49, 8);
  });
});
