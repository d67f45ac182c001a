import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/bass-fits.json' with { type: 'json' };
import { bassAdoptions } from './bass.js';
import { bootstrapPredictionIntervals, forecastWithIntervals, quantileOfSorted, type PredictionIntervals } from './bootstrap-intervals.js';
import { type FittedForecast } from './forecast-model.js';
import { bassModel, gompertzModel, holtDampedModel, logisticModel, naiveModel } from './forecast-models.js';
import { timesOneTo } from './nonlinear-fit.js';
import { mulberry32, standardNormal } from './random.js';

const dryers = reference.series.find((s) => s.id === 'clothes-dryers')!;
const runningTotal = (values: readonly number[]): number[] => {
  let total = 0;
  return values.map((v) => (total += v));
};

function ok<T extends { status: string }>(result: T | { status: 'failed'; reason: string }): T {
  if (result.status === 'failed') throw new Error((result as { reason: string }).reason);
  return result as T;
}

describe('bootstrap prediction intervals', () => {
  it('are reproducible: the same seed gives the same bands, another seed other bands', () => {
    const fit = ok(bassModel().fit(dryers.adoptions)) as FittedForecast;
    const first = bootstrapPredictionIntervals(fit, { horizon: 4, replicates: 200, seed: 42 });
    const again = bootstrapPredictionIntervals(fit, { horizon: 4, replicates: 200, seed: 42 });
    const other = bootstrapPredictionIntervals(fit, { horizon: 4, replicates: 200, seed: 43 });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('nest the 80% band inside the 95% band around the point forecast, for every model', () => {
    const cumulative = runningTotal(dryers.adoptions);
    const cases = [
      [bassModel(), dryers.adoptions],
      [bassModel({ form: 'density' }), dryers.adoptions],
      [logisticModel(), cumulative],
      [gompertzModel(), cumulative],
      [holtDampedModel(), dryers.adoptions],
      [naiveModel(), dryers.adoptions],
    ] as const;
    for (const [model, series] of cases) {
      const result = ok(forecastWithIntervals(model, series, { horizon: 5, replicates: 300, seed: 7 })) as PredictionIntervals;
      expect(result.bands.map((b) => b.step)).toEqual([1, 2, 3, 4, 5]);
      for (const band of result.bands) {
        expect(band.lower95).toBeLessThanOrEqual(band.lower80);
        expect(band.lower80).toBeLessThanOrEqual(band.point);
        expect(band.point).toBeLessThanOrEqual(band.upper80);
        expect(band.upper80).toBeLessThanOrEqual(band.upper95);
      }
    }
  });

  it('widen with the horizon when errors accumulate (cumulative Bass, Holt with α > 0, naive)', () => {
    const cumulative = runningTotal(dryers.adoptions);
    for (const [model, series] of [
      [bassModel({ scale: 'cumulative' }), cumulative],
      [holtDampedModel(), cumulative],
      [naiveModel(), dryers.adoptions],
    ] as const) {
      const result = ok(forecastWithIntervals(model, series, { horizon: 6, replicates: 400, seed: 3 })) as PredictionIntervals;
      const widths = result.bands.map((b) => b.upper95 - b.lower95);
      widths.slice(1).forEach((width, i) => expect(width).toBeGreaterThan(widths[i] ?? Infinity));
    }
  });

  it('cover about as often as they say on data simulated from the model (Bass, 60 series)', () => {
    const random = mulberry32(2024);
    const truth = { m: 10_000, p: 0.02, q: 0.4 };
    const curve = bassAdoptions(timesOneTo(17), truth);
    let inside80 = 0;
    let inside95 = 0;
    let total = 0;
    for (let r = 0; r < 60; r++) {
      const noisy = curve.map((a) => Math.max(0, a + 60 * standardNormal(random)));
      const training = noisy.slice(0, 14);
      const result = forecastWithIntervals(bassModel(), training, { horizon: 3, replicates: 150, seed: r });
      if (result.status !== 'ok') continue;
      result.bands.forEach((band, h) => {
        const actual = noisy[14 + h] ?? NaN;
        total++;
        if (actual >= band.lower80 && actual <= band.upper80) inside80++;
        if (actual >= band.lower95 && actual <= band.upper95) inside95++;
      });
    }
    expect(total).toBeGreaterThanOrEqual(170);
    expect(inside80 / total).toBeGreaterThan(0.68);
    expect(inside80 / total).toBeLessThan(0.92);
    expect(inside95 / total).toBeGreaterThan(0.87);
  }, 30_000);

  it('cover about as often as they say on random walks (naive model, 400 series)', () => {
    const random = mulberry32(99);
    let inside80 = 0;
    let inside95 = 0;
    for (let r = 0; r < 400; r++) {
      let value = 100;
      const walk = Array.from({ length: 41 }, () => (value += 5 * standardNormal(random)));
      const result = ok(forecastWithIntervals(naiveModel(), walk.slice(0, 40), { horizon: 1, replicates: 200, seed: r })) as PredictionIntervals;
      const band = result.bands[0]!;
      const actual = walk[40] ?? NaN;
      if (actual >= band.lower80 && actual <= band.upper80) inside80++;
      if (actual >= band.lower95 && actual <= band.upper95) inside95++;
    }
    expect(inside80 / 400).toBeGreaterThan(0.74);
    expect(inside80 / 400).toBeLessThan(0.86);
    expect(inside95 / 400).toBeGreaterThan(0.91);
  });

  it('fail with a reason when most replicates cannot be refitted', () => {
    const fit = ok(naiveModel().fit([1, 2, 3])) as FittedForecast;
    const broken: FittedForecast = { ...fit, samplePath: () => null };
    const result = bootstrapPredictionIntervals(broken, { horizon: 2, replicates: 50 });
    expect(result).toEqual({ status: 'failed', model: 'naive', reason: '50 of 50 bootstrap replicates failed to refit; no bands' });
  });

  it('reject too few replicates and bad horizons', () => {
    const fit = ok(naiveModel().fit([1, 2, 3])) as FittedForecast;
    expect(() => bootstrapPredictionIntervals(fit, { horizon: 2, replicates: 5 })).toThrow(
      'replicates must be an integer of at least 20, not 5',
    );
    expect(() => bootstrapPredictionIntervals(fit, { horizon: 0 })).toThrow('horizon must be a positive integer, not 0');
  });

  it('take quantiles as numpy does by default (linear interpolation)', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantileOfSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantileOfSorted([5], 0.5)).toBe(5);
  });
});
