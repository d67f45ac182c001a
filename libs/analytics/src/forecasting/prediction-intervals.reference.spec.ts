// Parametric t intervals against scipy and statsmodels (fixtures from
// reference/forecasting/prediction_intervals_reference.py).
import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/prediction-intervals.json' with { type: 'json' };
import { studentTQuantile } from '../distributions/index.js';
import { parametricPredictionIntervals, type PredictionIntervals } from './bootstrap-intervals.js';
import { bassModel, holtDampedStandardErrors, naiveModel } from './forecast-models.js';
import { type FittedForecast } from './forecast-model.js';
import { type IntervalFailure } from './bootstrap-intervals.js';

const relative = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

function fitted(fit: ReturnType<ReturnType<typeof naiveModel>['fit']>): FittedForecast {
  if (fit.status !== 'converged') throw new Error(fit.reason);
  return fit;
}

function ok(intervals: PredictionIntervals | IntervalFailure): PredictionIntervals {
  if (intervals.status !== 'ok') throw new Error(intervals.reason);
  return intervals;
}

describe('Student t quantiles', () => {
  // scipy 1.10's t.ppf (cephes stdtri) is good to about 2e-9 relative; against the 40-digit mpmath root ours
  // is good to 1e-13, losing a digit at df = 1000 (log Γ of large, nearly equal arguments)
  it.each(reference.tQuantiles)('t.ppf($p, $df): scipy’s within 5e-9, the 40-digit value within 1e-11', ({ p, df, quantile, precise }) => {
    expect(relative(studentTQuantile(p, df), quantile)).toBeLessThan(5e-9);
    expect(relative(studentTQuantile(p, df), precise)).toBeLessThan(df > 100 ? 1e-11 : 1e-13);
    expect(relative(studentTQuantile(1 - p, df), -precise)).toBeLessThan(df > 100 ? 1e-11 : 1e-13);
  });

  it('refuses what is not a probability or a degree of freedom', () => {
    expect(() => studentTQuantile(1, 3)).toThrow('probability must be in (0, 1), not 1');
    expect(() => studentTQuantile(0.9, 0)).toThrow('degrees of freedom must be positive and finite, not 0');
  });
});

describe('parametric t intervals', () => {
  it('for the naive model: s·√h with the mean squared step and t with one degree per step (1e-8: scipy’s t.ppf)', () => {
    const expected = reference.naive;
    const intervals = ok(parametricPredictionIntervals(fitted(naiveModel().fit(expected.y)), 3));
    expect(intervals.method).toBe('parametric-t');
    expect(intervals.degreesOfFreedom).toBe(expected.degreesOfFreedom);
    intervals.bands.forEach((band, h) => {
      for (const key of ['point', 'lower80', 'upper80', 'lower95', 'upper95'] as const) {
        expect(relative(band[key], expected[key][h] ?? NaN)).toBeLessThan(1e-8);
      }
    });
  });

  it.each(reference.holtVarianceRatios)(
    'for damped Holt: Var(h)/Var(1) as statsmodels’ ETSModel gives it (α $params.alpha, β $params.beta, φ $params.phi)',
    ({ params, ratios }) => {
      const residuals = [1, -1, 2, -2, 1, -1, 0.5]; // any: the ratio does not depend on them
      const spread = holtDampedStandardErrors(residuals, params, ratios.length);
      const first = spread?.standardErrors[0] ?? NaN;
      spread?.standardErrors.forEach((se, h) => expect(relative((se / first) ** 2, ratios[h] ?? NaN)).toBeLessThan(1e-10));
    },
  );

  it.each(reference.bass)('for Bass on $id: the nonlinear-regression interval of curve_fit’s fit (1%)', (expected) => {
    const intervals = ok(parametricPredictionIntervals(fitted(bassModel().fit(expected.adoptions)), 5));
    expect(intervals.degreesOfFreedom).toBe(expected.degreesOfFreedom);
    // our parameters and covariance match curve_fit's to 0.5% and 1% (bass.reference.spec), hence 1% here
    intervals.bands.forEach((band, h) => {
      expect(relative(band.point, expected.point[h] ?? NaN)).toBeLessThan(0.005);
      expect(relative(band.upper80 - band.point, (expected.upper80[h] ?? NaN) - (expected.point[h] ?? NaN))).toBeLessThan(0.01);
      expect(relative(band.upper95 - band.point, (expected.upper95[h] ?? NaN) - (expected.point[h] ?? NaN))).toBeLessThan(0.01);
    });
  });
});
