// The analytic Jacobians the fits use agree with central differences (a wrong derivative would only slow
// Levenberg–Marquardt down or stop it early, and skew the standard errors: this catches it directly).
import { describe, expect, it } from 'vitest';
import { bassShape, type BassForm } from './bass.js';
import { generalizedBassShape } from './generalized-bass.js';
import { growthCurveShape, type GrowthCurveKind } from './growth-curves.js';
import { holtDampedResiduals } from './holt-damped-fit.js';
import { numericalJacobian } from './levenberg-marquardt.js';
import { evaluateCurve, type CurveShape } from './nonlinear-fit.js';

function worstRelativeGap(analytic: { get(i: number, j: number): number; rows: number; cols: number }, numeric: typeof analytic): number {
  let worst = 0;
  for (let j = 0; j < analytic.cols; j++) {
    let scale = 0;
    for (let i = 0; i < analytic.rows; i++) scale = Math.max(scale, Math.abs(numeric.get(i, j)));
    for (let i = 0; i < analytic.rows; i++) worst = Math.max(worst, Math.abs(analytic.get(i, j) - numeric.get(i, j)) / scale);
  }
  return worst;
}

function checkShape(shape: CurveShape, theta: number[], n: number): number {
  const { jacobian } = evaluateCurve(shape, theta, n);
  const numeric = numericalJacobian((x) => evaluateCurve(shape, x, n).values, theta);
  return worstRelativeGap(jacobian, numeric);
}

describe('analytic Jacobians against central differences', () => {
  it.each(['discrete', 'density'] as BassForm[])('Bass (%s) at interior and extreme parameters', (form) => {
    expect(checkShape(bassShape(form), [18000, 0.0094, 0.37], 20)).toBeLessThan(1e-7);
    expect(checkShape(bassShape(form), [500, 0.2, 1.2], 30)).toBeLessThan(1e-7);
    expect(checkShape(bassShape(form), [1e6, 1e-4, 0.05], 12)).toBeLessThan(1e-7);
  });

  it.each([
    ['logistic', 'cumulative'],
    ['logistic', 'increments'],
    ['gompertz', 'cumulative'],
    ['gompertz', 'increments'],
  ] as [GrowthCurveKind, 'cumulative' | 'increments'][])('%s on %s values', (kind, target) => {
    expect(checkShape(growthCurveShape(kind, target), [20000, 0.45, 7.5], 15)).toBeLessThan(1e-7);
    expect(checkShape(growthCurveShape(kind, target), [300, 1.7, -2], 10)).toBeLessThan(1e-7);
  });

  it('GBM with a rectangular shock (away from its kinks) and an exponential one (also with b near 0)', () => {
    expect(checkShape(generalizedBassShape('rectangular'), [20000, 0.01, 0.4, 4.5, 9.3, 0.6], 13)).toBeLessThan(1e-7);
    expect(checkShape(generalizedBassShape('rectangular'), [9000, 0.004, 0.09, 20.5, 32.6, -0.4], 60)).toBeLessThan(1e-7);
    expect(checkShape(generalizedBassShape('exponential'), [20000, 0.01, 0.4, 4.5, -0.3, 1.2], 13)).toBeLessThan(1e-7);
    expect(checkShape(generalizedBassShape('exponential'), [9000, 0.004, 0.09, 18.5, -1e-6, 0.8], 60)).toBeLessThan(1e-6);
  });

  it('damped Holt one-step errors by forward sensitivities', () => {
    const y = [96, 195, 238, 380, 1045, 1230, 1267, 1828, 1586, 1673, 1800, 1580, 1500];
    const model = holtDampedResiduals(y);
    for (const x of [
      [0.6, 0.4, 0.9, 90, 80],
      [0.05, 0.9, 0.81, 120, 40],
      [0.97, 0.1, 0.99, 0, 0],
    ]) {
      const residuals = (point: readonly number[]): number[] => {
        const out = new Float64Array(y.length);
        model.residuals(Float64Array.from(point), out);
        return Array.from(out);
      };
      const analytic = new Float64Array(y.length * 5);
      model.jacobian(Float64Array.from(x), analytic);
      const numeric = numericalJacobian(residuals, x, [], [], [1e-4, 1e-4, 1e-4, 1000, 1000]);
      const gap = worstRelativeGap({ rows: y.length, cols: 5, get: (i, j) => analytic[i * 5 + j] ?? NaN }, numeric);
      expect(gap).toBeLessThan(1e-6);
    }
  });
});
