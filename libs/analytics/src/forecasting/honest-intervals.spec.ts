// Intervals that say what the data can support: with few residuals a parametric t interval (80% ≠ 95%,
// smooth in the horizon) and which method was used; bands cut at what a metric allows; no model chosen by a
// backtest of fewer than three origins.
import { describe, expect, it } from 'vitest';
import { bootstrapPredictionIntervals, predictionIntervals, type IntervalFailure, type PredictionIntervals } from './bootstrap-intervals.js';
import { bassModel, holtDampedModel, naiveModel } from './forecast-models.js';
import { type FittedForecast, type ForecastModel } from './forecast-model.js';
import { compareModels } from './model-comparison.js';
import { forecastAsOf } from './vintage.js';

function fitted(model: ForecastModel, series: readonly number[]): FittedForecast {
  const fit = model.fit(series);
  if (fit.status !== 'converged') throw new Error(fit.reason);
  return fit;
}

function ok(intervals: PredictionIntervals | IntervalFailure | null): PredictionIntervals {
  if (intervals === null || intervals.status !== 'ok') throw new Error(intervals?.reason ?? 'no intervals');
  return intervals;
}

// enterprise IM penetration as a vintage sees it: four yearly percentages
const penetration = [18, 31, 42, 58];

describe('intervals with few residuals', () => {
  it('a bootstrap of three steps cannot tell 80% from 95% (the defect): its quantiles fall on the same values', () => {
    const bands = ok(bootstrapPredictionIntervals(fitted(naiveModel(), penetration), { horizon: 3 })).bands;
    expect(bands[0]?.lower80).toBe(bands[0]?.lower95);
    expect(bands[0]?.upper80).toBe(bands[0]?.upper95);
  });

  it('so they get a parametric t interval, which nests 80% strictly inside 95% and says so', () => {
    const intervals = ok(predictionIntervals(fitted(naiveModel(), penetration), { horizon: 6 }));
    expect(intervals.method).toBe('parametric-t');
    expect(intervals.degreesOfFreedom).toBe(3);
    expect(intervals.methodNote).toContain("Student's t with 3 degrees of freedom");
    for (const band of intervals.bands) {
      expect(band.lower95).toBeLessThan(band.lower80);
      expect(band.lower80).toBeLessThan(band.point);
      expect(band.point).toBeLessThan(band.upper80);
      expect(band.upper80).toBeLessThan(band.upper95);
    }
  });

  it.each([
    ['naive', naiveModel(), penetration],
    ['damped Holt', holtDampedModel(), [5, 9, 14, 22, 30, 37, 45, 50]],
    ['Bass', bassModel(), [96, 195, 238, 380, 1045, 1230, 1267, 1828, 1586]],
  ] as const)('%s bands are smooth in the horizon: no width more than doubles or halves from one period to the next', (_, model, series) => {
    const bands = ok(predictionIntervals(fitted(model, series), { horizon: 8 })).bands;
    const widths = bands.map((band) => band.upper95 - band.lower95);
    widths.slice(1).forEach((width, i) => {
      const ratio = width / (widths[i] ?? NaN);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });
  });

  it('uses the bootstrap when there are enough residuals to take its quantiles', () => {
    const long = Array.from({ length: 30 }, (_, t) => 100 + 3 * t + 5 * Math.sin(t * 1.7));
    const intervals = ok(predictionIntervals(fitted(naiveModel(), long), { horizon: 3 }));
    expect(intervals.method).toBe('bootstrap');
    expect(intervals.methodNote).toContain('residual bootstrap');
    expect(intervals.bands[0]?.lower95).toBeLessThan(intervals.bands[0]?.lower80 ?? NaN);
  });

  it('a vintage with four points gets intervals that differ', () => {
    const vintage = forecastAsOf({ values: [...penetration, 70, 76] }, naiveModel(), 3, { intervals: { seed: 1 } });
    if (vintage.status !== 'ok') throw new Error(vintage.reason);
    const intervals = ok(vintage.intervals);
    expect(intervals.method).toBe('parametric-t');
    expect(intervals.bands.every((band) => band.lower95 < band.lower80 && band.upper80 < band.upper95)).toBe(true);
  });
});

describe('bounded metrics', () => {
  it('cuts bands at what a percentage allows and says so', () => {
    const intervals = ok(predictionIntervals(fitted(naiveModel(), [60, 75, 88, 97]), { horizon: 3, bounds: { lower: 0, upper: 100 } }));
    expect(intervals.clipped).toBe(true);
    for (const band of intervals.bands) {
      for (const value of [band.lower95, band.lower80, band.point, band.upper80, band.upper95]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
    expect(intervals.bands[0]?.upper95).toBe(100);
  });

  it('leaves bands that fit alone', () => {
    const intervals = ok(predictionIntervals(fitted(naiveModel(), [40, 42, 41, 43]), { horizon: 1, bounds: { lower: 0, upper: 100 } }));
    expect(intervals.clipped).toBe(false);
  });
});

describe('AUTO needs three backtest origins', () => {
  const models = [naiveModel(), holtDampedModel()];
  const series = [5, 9, 14, 22, 30, 37, 45, 50];

  it('with two origins it chooses nothing by backtest, says why in a typed warning and uses the caller’s pick', () => {
    const comparison = compareModels(series, models, { minimumTrainingLength: 6, horizon: 1, fallback: 'holt-damped' });
    expect(comparison.commonOrigins).toEqual([6, 7]);
    expect(comparison.chosen).toBe('holt-damped');
    expect(comparison.chosenBy).toBe('fallback');
    expect(comparison.warnings).toEqual([
      {
        code: 'too-few-origins',
        origins: 2,
        required: 3,
        message: 'the backtest has 2 common origins; choosing a model needs at least 3',
      },
    ]);
    expect(comparison.reason).toContain("using holt-damped, the caller's pick");
  });

  it('with no pick it chooses none', () => {
    const comparison = compareModels(series, models, { minimumTrainingLength: 6, horizon: 1 });
    expect(comparison.chosen).toBeNull();
    expect(comparison.chosenBy).toBe('none');
  });

  it('with three origins the backtest chooses', () => {
    const comparison = compareModels([...series, 54], models, { minimumTrainingLength: 6, horizon: 1, fallback: 'naive' });
    expect(comparison.commonOrigins).toHaveLength(3);
    expect(comparison.chosenBy).toBe('backtest');
    expect(comparison.warnings).toEqual([]);
  });

  it('refuses a fallback that is not among the models', () => {
    expect(() => compareModels(series, models, { minimumTrainingLength: 6, horizon: 1, fallback: 'bass' })).toThrow(
      "fallback 'bass' is not one of the models compared (naive, holt-damped)",
    );
  });
});
