// Logistic and Gompertz fits against scipy.optimize.curve_fit (fixtures from growth_curves_reference.py).
import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/growth-curve-fits.json' with { type: 'json' };
import { fitGrowthCurve, growthCurveValues, type GrowthCurveFit } from './growth-curves.js';
import { type FitFailure } from './nonlinear-fit.js';

const NAMES = ['K', 'r', 't0'] as const;
const relative = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

function converged(fit: GrowthCurveFit | FitFailure): GrowthCurveFit {
  if (fit.status !== 'converged') throw new Error(`expected a converged fit: ${fit.reason}`);
  return fit;
}

describe.each(reference.series)('growth curves on cumulative $product', (series) => {
  describe.each(['logistic', 'gompertz'] as const)('%s', (kind) => {
    const expected = series[kind];
    const fit = converged(fitGrowthCurve(kind, series.cumulative));

    it('finds scipy’s parameters within 0.5% and an SSE no larger', () => {
      for (const name of NAMES) expect(relative(fit.params[name], expected.params[name])).toBeLessThan(0.005);
      expect(fit.sse).toBeLessThanOrEqual(expected.sse * (1 + 1e-9));
      expect(fit.curve).toBe(kind);
    });

    it('reports curve_fit’s pcov standard errors within 1%', () => {
      for (const name of NAMES) {
        expect(relative(fit.standardErrors?.[name] ?? NaN, expected.standardErrors[name])).toBeLessThan(0.01);
      }
    });

    it('forecasts the cumulative total as scipy’s fit does, within 0.5%', () => {
      const n = series.cumulative.length;
      const forecast = growthCurveValues(kind, expected.forecast.map((_, h) => n + h + 1), fit.params);
      forecast.forEach((value, h) => expect(relative(value, expected.forecast[h] ?? NaN)).toBeLessThan(0.005));
    });
  });
});
