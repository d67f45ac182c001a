import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/ols-hac.json' with { type: 'json' };
import { driscollKraay, neweyWest, neweyWestMaxlags } from './hac.js';
import { maxRelativeDifference } from './testing/relative-difference.js';

const standardErrors = (covariance: number[][]): number[] => covariance.map((row, i) => Math.sqrt(row[i] ?? Number.NaN));

describe('neweyWest (against statsmodels fit(cov_type="HAC", cov_kwds={"maxlags": L}), Bartlett kernel)', () => {
  const residuals = reference.ols.residuals;

  it.each(reference.hac.map((entry) => [entry.maxlags, entry] as const))('matches with maxlags %i', (maxlags, entry) => {
    const covariance = neweyWest(reference.X, residuals, maxlags);
    expect(maxRelativeDifference(standardErrors(covariance), entry.standardErrors)).toBeLessThan(1e-4);
    expect(maxRelativeDifference(covariance, entry.covariance)).toBeLessThan(1e-6);
  });

  it('applies n/(n − k) only when asked, as use_correction=True does', () => {
    for (const entry of reference.hac) {
      const corrected = neweyWest(reference.X, residuals, entry.maxlags, { smallSampleCorrection: true });
      expect(maxRelativeDifference(corrected, entry.covarianceWithCorrection)).toBeLessThan(1e-6);
    }
  });

  it('uses the lag rule floor(4 (n/100)^(2/9))', () => {
    expect([24, 36, 48, 60, 100, 120, 500].map(neweyWestMaxlags)).toEqual([2, 3, 3, 3, 4, 4, 5]);
    expect(() => neweyWestMaxlags(0)).toThrow('Newey-West lag rule needs a positive sample size; got 0');
  });

  it('rejects bad lags and mismatched residuals', () => {
    expect(() => neweyWest(reference.X, residuals, -1)).toThrow('maxlags must be a non-negative integer; got -1');
    expect(() => neweyWest(reference.X, residuals, 1.5)).toThrow('maxlags must be a non-negative integer; got 1.5');
    expect(() => neweyWest(reference.X, residuals, 60)).toThrow('maxlags must be below the number of periods (60); got 60');
    expect(() => neweyWest(reference.X, residuals.slice(1), 2)).toThrow('HAC needs one residual per row of X: X has 60 rows, 59 residuals');
  });
});

describe('driscollKraay (against statsmodels fit(cov_type="hac-groupsum", cov_kwds={"time": period, "maxlags": L}))', () => {
  const { X, period, maxlags, residuals } = reference.panel;

  it("matches the default 'cluster' small-sample correction", () => {
    const covariance = driscollKraay(X, residuals, period, maxlags);
    expect(maxRelativeDifference(covariance, reference.panel.covarianceClusterCorrection)).toBeLessThan(1e-6);
    expect(maxRelativeDifference(standardErrors(covariance), standardErrors(reference.panel.covarianceClusterCorrection))).toBeLessThan(1e-4);
  });

  it('matches use_correction=False', () => {
    const covariance = driscollKraay(X, residuals, period, maxlags, { smallSampleCorrection: 'none' });
    expect(maxRelativeDifference(covariance, reference.panel.covarianceNoCorrection)).toBeLessThan(1e-6);
  });

  it('does not depend on the order of the rows', () => {
    const order = X.map((_, i) => i).reverse();
    const covariance = driscollKraay(
      order.map((i) => X[i] ?? []),
      order.map((i) => residuals[i] ?? Number.NaN),
      order.map((i) => period[i] ?? Number.NaN),
      maxlags,
    );
    expect(maxRelativeDifference(covariance, reference.panel.covarianceClusterCorrection)).toBeLessThan(1e-9);
  });

  it('rejects mismatched periods and lags beyond the number of periods', () => {
    expect(() => driscollKraay(X, residuals, period.slice(1), maxlags)).toThrow('Driscoll-Kraay needs one period per row of X: 60 rows, 59 periods');
    expect(() => driscollKraay(X, residuals, period, 30)).toThrow('maxlags must be below the number of periods (30); got 30');
  });
});
