// Bad input throws with a message naming the problem; fits that cannot converge say so.
import { describe, expect, it } from 'vitest';
import { fitBass } from './bass.js';
import { fitBassOls } from './bass-ols.js';
import { bassModel, holtDampedModel, logisticModel } from './forecast-models.js';
import { fitGompertz, fitGrowthCurve, fitLogistic } from './growth-curves.js';
import { holtDampedFilter, holtDampedForecast } from './holt-damped.js';
import { fitHoltDamped } from './holt-damped-fit.js';
import { mulberry32 } from './random.js';

const growing = [130, 169, 220, 286, 371, 483, 627, 816]; // 100·1.3^t: no turn, no market potential in sight

describe('too short a series', () => {
  it('is refused by every fit with the minimum it needs', () => {
    const why = '3 parameters and at least 1 residual degree of freedom';
    expect(() => fitBass([1, 2, 3])).toThrow(`a Bass fit needs at least 4 values (${why}); got 3`);
    expect(() => fitBassOls([1, 2, 3])).toThrow(`the Bass OLS estimator needs at least 4 values (${why}); got 3`);
    expect(() => fitLogistic([1, 2, 3])).toThrow(`a logistic fit needs at least 4 values (${why}); got 3`);
    expect(() => fitHoltDamped([1, 2, 3, 4, 5])).toThrow(
      'a damped Holt fit needs at least 6 values (5 parameters and at least 1 residual degree of freedom); got 5',
    );
    expect(() => holtDampedFilter([], { alpha: 0.5, beta: 0.1, phi: 0.9, initialLevel: 0, initialTrend: 0 })).toThrow(
      'Holt needs at least 1 value; got 0',
    );
  });
});

describe('non-positive and non-finite values', () => {
  it('are refused as adoptions and cumulative values', () => {
    expect(() => fitBass([10, 20, -5, 30])).toThrow('adoptions must be non-negative; value at index 2 is -5');
    expect(() => fitBass([0, 0, 0, 0])).toThrow('adoptions must include a positive value; all are zero');
    expect(() => fitBass([10, Number.NaN, 5, 30])).toThrow('adoptions must be finite numbers; value at index 1 is NaN');
    expect(() => fitGompertz([1, 2, -3, 4])).toThrow('cumulative values must be non-negative; value at index 2 is -3');
    expect(() => fitGrowthCurve('logistic', [1, 2, 3, Infinity], { target: 'increments' })).toThrow(
      'adoptions must be finite numbers; value at index 3 is Infinity',
    );
    expect(() => bassModel({ scale: 'cumulative' }).fit([100, 300, 250, 400])).toThrow(
      'cumulative values must not decrease; index 2 goes from 300 to 250',
    );
  });

  it('are refused as Holt parameters and horizons', () => {
    const params = { alpha: 0.5, beta: 0.1, phi: 0.9, initialLevel: 0, initialTrend: 0 };
    expect(() => holtDampedFilter([1, 2], { ...params, alpha: 1.5 })).toThrow('Holt alpha must be in [0, 1], not 1.5');
    expect(() => holtDampedFilter([1, 2], { ...params, phi: 0 })).toThrow('Holt phi must be in (0, 1], not 0');
    expect(() => holtDampedFilter([1, 2], { ...params, initialTrend: Number.NaN })).toThrow('Holt initialTrend must be finite, not NaN');
    expect(() => holtDampedForecast({ level: 1, trend: 1 }, 0.9, 1.5)).toThrow('horizon must be a positive integer, not 1.5');
    expect(() => fitHoltDamped([1, 2, 3, 4, 5, 6], { phiBounds: [0.9, 0.8] })).toThrow(
      'Holt phiBounds must satisfy 0 < low ≤ high ≤ 1, not [0.9, 0.8]',
    );
  });

  it('are refused as options', () => {
    expect(() => fitBass([1, 2, 3, 4], { form: 'weekly' as 'discrete' })).toThrow(
      "Bass form must be 'discrete' or 'density', not 'weekly'",
    );
    expect(() => logisticModel({ scale: 'stock' as 'cumulative' })).toThrow(
      "series scale must be 'adoptions' or 'cumulative', not 'stock'",
    );
    expect(() => mulberry32(1.5)).toThrow('seed must be an integer, not 1.5');
  });
});

describe('fits that cannot converge', () => {
  it('return a failure with the reason, not parameters', () => {
    const bass = fitBass(growing);
    expect(bass).toEqual({ status: 'failed', reason: expect.stringMatching(/^did not converge: no convergence within 500 iterations$/), iterations: expect.any(Number) });
    expect('params' in bass).toBe(false);
    expect(fitLogistic([1, 2, 4, 8, 16, 32]).status).toBe('failed');
  });

  it('say so when the iteration budget is too small', () => {
    const result = fitBass([96, 195, 238, 380, 1045, 1230, 1267, 1828, 1586, 1673], { maxIterations: 1 });
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.reason).toBe('did not converge: no convergence within 1 iterations');
    const holt = holtDampedModel({ maxIterations: 1 }).fit([96, 195, 238, 380, 1045, 1230, 1267, 1828]);
    expect(holt.status).toBe('failed');
  });

  it('return a failure from Bass’s OLS when the quadratic has no market potential', () => {
    expect(fitBassOls(growing)).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/^the N\(t−1\)² coefficient is not negative \(b2 = [0-9.e-]+\): no market potential$/),
      iterations: 0,
    });
  });

  it('warn when a converged fit leaves a parameter undetermined', () => {
    const flat = fitBass([5, 5, 5, 5, 5, 5]); // m·p = 5 is all a flat series says
    if (flat.status !== 'converged') throw new Error(flat.reason);
    expect(flat.warnings).toContainEqual(expect.stringMatching(/^m and p are not separately determined \(correlation -(1\.0+|0\.9999\d+)\)$/));
  });
});
