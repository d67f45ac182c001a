import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/ols-hac.json' with { type: 'json' };
import { ols } from './ols.js';
import { maxAbsoluteDifference, maxRelativeDifference } from './testing/relative-difference.js';

describe('ols (against statsmodels OLS(y, X).fit(), cov_type nonrobust)', () => {
  const fit = ols(reference.X, reference.y);

  it('matches the coefficients to 1e-6 relative', () => {
    expect(maxRelativeDifference(fit.coefficients, reference.ols.coefficients)).toBeLessThan(1e-6);
  });

  it('matches the residuals, residual variance and classic covariance', () => {
    const scale = Math.max(...reference.y.map(Math.abs));
    expect(maxAbsoluteDifference(fit.residuals, reference.ols.residuals)).toBeLessThan(1e-9 * scale);
    expect(maxRelativeDifference(fit.residualVariance, reference.ols.residualVariance)).toBeLessThan(1e-6);
    expect(maxRelativeDifference(fit.covariance, reference.ols.covariance)).toBeLessThan(1e-6);
    const standardErrors = fit.covariance.map((row, i) => Math.sqrt(row[i] ?? Number.NaN));
    expect(maxRelativeDifference(standardErrors, reference.ols.standardErrors)).toBeLessThan(1e-4);
    expect(fit.degreesOfFreedom).toBe(reference.X.length - 3);
  });

  it('recovers an exact linear relation', () => {
    const x = [0, 1, 2, 3, 4].map((t) => [1, t]);
    const exact = ols(x, [1, 3, 5, 7, 9]);
    expect(exact.coefficients[0]).toBeCloseTo(1, 12);
    expect(exact.coefficients[1]).toBeCloseTo(2, 12);
    expect(Math.max(...exact.residuals.map(Math.abs))).toBeLessThan(1e-12);
  });

  it('rejects a rank-deficient design (X\'X not positive definite), naming the column', () => {
    const x = [0, 1, 2, 3, 4].map((t) => [1, t, 2 * t + 1]);
    expect(() => ols(x, [1, 2, 3, 5, 4])).toThrow(
      "OLS design matrix X is rank-deficient (X'X is not positive definite): column 2 is a linear combination of the columns before it",
    );
    expect(() => ols([[1, 0], [1, 0], [1, 0]], [1, 2, 3])).toThrow('column 1 is a linear combination');
  });

  it('rejects too few rows, ragged or non-finite input and mismatched lengths', () => {
    expect(() => ols([[1, 0], [1, 1]], [1, 2])).toThrow('OLS needs more observations than coefficients: 2 rows for 2 columns');
    expect(() => ols([[1, 0], [1]], [1, 2])).toThrow('OLS design matrix X must be rectangular; row 1 has 1 columns, row 0 has 2');
    expect(() => ols([[1, Number.NaN], [1, 1], [1, 2]], [1, 2, 3])).toThrow('non-finite value at row 0, column 1');
    expect(() => ols([[1, 0], [1, 1], [1, 2]], [1, 2])).toThrow('X has 3 rows, y has 2 values');
    expect(() => ols([[1, 0], [1, 1], [1, 2]], [1, Number.POSITIVE_INFINITY, 2])).toThrow('OLS response y has a non-finite value at 1');
    expect(() => ols([], [])).toThrow('OLS design matrix X must have at least one row and one column');
  });
});
