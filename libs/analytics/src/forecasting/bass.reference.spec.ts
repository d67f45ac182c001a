// Bass fits against scipy.optimize.curve_fit and statsmodels OLS (fixtures from reference/forecasting/bass_reference.py).
import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/bass-fits.json' with { type: 'json' };
import { bassAdoptions, fitBass, type BassFit } from './bass.js';
import { fitBassOls } from './bass-ols.js';
import { type FitFailure } from './nonlinear-fit.js';

const NAMES = ['m', 'p', 'q'] as const;
const relative = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);
const maxRelative = (actual: readonly number[], expected: readonly number[]): number =>
  Math.max(...expected.map((e, i) => relative(actual[i] ?? NaN, e)));

function converged(fit: BassFit | FitFailure): BassFit {
  if (fit.status !== 'converged') throw new Error(`expected a converged fit: ${fit.reason}`);
  return fit;
}

describe.each(reference.series)('Bass on $product', (series) => {
  describe.each(['discrete', 'density'] as const)('%s form by nonlinear least squares', (form) => {
    const expected = series[form];
    const fit = converged(fitBass(series.adoptions, { form }));

    it('finds scipy’s parameters within 0.5% and an SSE no larger', () => {
      for (const name of NAMES) expect(relative(fit.params[name], expected.params[name])).toBeLessThan(0.005);
      expect(fit.sse).toBeLessThanOrEqual(expected.sse * (1 + 1e-9));
      expect(fit.form).toBe(form);
      expect(fit.warnings).toEqual([]);
    });

    it('reports curve_fit’s pcov standard errors within 1%', () => {
      const errors = fit.standardErrors;
      expect(errors).not.toBeNull();
      for (const name of NAMES) expect(relative(errors?.[name] ?? NaN, expected.standardErrors[name])).toBeLessThan(0.01);
      expect(relative(fit.residualVariance, expected.residualVariance)).toBeLessThan(1e-6);
      expect(fit.degreesOfFreedom).toBe(series.adoptions.length - 3);
    });

    it('gives scipy’s fitted values and forecasts within 0.5%', () => {
      expect(maxRelative(fit.fitted, expected.fitted)).toBeLessThan(0.005);
      const n = series.adoptions.length;
      const future = expected.forecast.map((_, h) => n + h + 1);
      expect(maxRelative(bassAdoptions(future, fit.params, form), expected.forecast)).toBeLessThan(0.005);
    });
  });

  it('reproduces Bass’s OLS estimator (statsmodels OLS) and its delta-method standard errors', () => {
    const ols = fitBassOls(series.adoptions);
    if (ols.status !== 'converged') throw new Error(ols.reason);
    const expected = series.ols;
    for (const name of ['b0', 'b1', 'b2'] as const) {
      expect(relative(ols.coefficients[name], expected.coefficients[name])).toBeLessThan(1e-6);
      expect(relative(ols.coefficientStandardErrors[name], expected.coefficientStandardErrors[name])).toBeLessThan(1e-6);
    }
    for (const name of NAMES) {
      expect(relative(ols.params[name], expected.params[name])).toBeLessThan(0.005);
      expect(relative(ols.standardErrors[name], expected.standardErrors[name])).toBeLessThan(0.01);
    }
    expect(ols.rSquared).toBeCloseTo(expected.rSquared, 9);
  });
});
