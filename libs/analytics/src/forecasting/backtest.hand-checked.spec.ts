// Rolling-origin backtest metrics on a five-value series small enough to check by hand.
import { describe, expect, it } from 'vitest';
import { naiveScale, rollingOriginBacktest } from './backtest.js';
import { type FittedForecast, type ForecastModel } from './forecast-model.js';
import { naiveModel } from './forecast-models.js';

const series = [10, 12, 11, 15, 14];

/** The naive forecast with a known bootstrap distribution: last value + uniform(−3.5, 3.5). */
const uniformNaive: ForecastModel = {
  name: 'uniform-naive',
  parameterCount: 0,
  minimumLength: 2,
  fit(training): FittedForecast {
    const last = training[training.length - 1] ?? NaN;
    return {
      status: 'converged',
      model: 'uniform-naive',
      parameters: {},
      parameterCount: 0,
      residuals: [],
      warnings: [],
      forecast: (h) => new Array<number>(h).fill(last),
      samplePath: (h, random) => Array.from({ length: h }, () => last + (random() - 0.5) * 7),
    };
  },
};

describe('rolling-origin backtest on 10, 12, 11, 15, 14 (naive model, origins 3 and 4, H = 2)', () => {
  // origin 3 sees 10, 12, 11 and forecasts 11, 11 for 15, 14: errors 4 and 3, naive scale (2 + 1) / 2 = 1.5
  // origin 4 sees 10, 12, 11, 15 and forecasts 15 for 14: error 1, naive scale (2 + 1 + 4) / 3 = 7/3
  const result = rollingOriginBacktest(series, naiveModel(), { minimumTrainingLength: 3, horizon: 2 });

  it('refits at every origin and lines forecasts up with actuals', () => {
    expect(result.origins).toEqual([3, 4]);
    expect(result.failures).toEqual([]);
    expect(result.forecasts.map((f) => [f.origin, f.step, f.index, f.point, f.actual])).toEqual([
      [3, 1, 3, 11, 15],
      [3, 2, 4, 11, 14],
      [4, 1, 4, 15, 14],
    ]);
  });

  it('computes MAPE (percent) and MASE by horizon', () => {
    const [h1, h2] = result.byHorizon;
    expect(h1?.forecasts).toBe(2);
    expect(h1?.mape).toBeCloseTo((100 * (4 / 15 + 1 / 14)) / 2, 10);
    expect(h1?.mase).toBeCloseTo((4 / 1.5 + 1 / (7 / 3)) / 2, 10);
    expect(h2?.forecasts).toBe(1);
    expect(h2?.mape).toBeCloseTo((100 * 3) / 14, 10);
    expect(h2?.mase).toBeCloseTo(3 / 1.5, 10);
    expect(result.overall.mape).toBeCloseTo((100 * (4 / 15 + 3 / 14 + 1 / 14)) / 3, 10);
    expect(result.overall.mase).toBeCloseTo((4 / 1.5 + 3 / 1.5 + 1 / (7 / 3)) / 3, 10);
    expect(result.overall.coverage80).toBeNull();
  });

  it('counts band coverage by horizon when intervals are asked for', () => {
    // 80% band ≈ ±2.8 and 95% band ≈ ±3.3 around the last value: errors 4 (out, out), 3 (out, in), 1 (in, in)
    const withBands = rollingOriginBacktest(series, uniformNaive, {
      minimumTrainingLength: 3,
      horizon: 2,
      intervals: { replicates: 400, seed: 5, method: 'bootstrap' },
    });
    expect(withBands.forecasts.map((f) => [f.inside80, f.inside95])).toEqual([
      [false, false],
      [false, true],
      [true, true],
    ]);
    expect(withBands.byHorizon.map((h) => [h.coverage80, h.coverage95])).toEqual([
      [0.5, 0.5],
      [0, 1],
    ]);
  });
});

describe('backtest bookkeeping', () => {
  it('computes the naive scale as the mean absolute one-step change', () => {
    expect(naiveScale([10, 12, 11, 15])).toBeCloseTo(7 / 3, 12);
    expect(() => naiveScale([1])).toThrow('the naive scale needs at least 2 values; got 1');
  });

  it('leaves zero actuals out of MAPE and flat training windows out of MASE, and says so', () => {
    // origin 2 sees 5, 5 (scale 0) and forecasts 5 for 0; origin 3 sees 5, 5, 0 (scale 2.5) and forecasts 0 for 3
    const result = rollingOriginBacktest([5, 5, 0, 3], naiveModel(), { minimumTrainingLength: 2, horizon: 1 });
    expect(result.forecasts.map((f) => [f.percentError, f.scaledError])).toEqual([
      [null, null],
      [1, 3 / 2.5],
    ]);
    expect(result.warnings).toEqual([
      'origin 2: the training data never moved, so MASE is undefined there',
      'actuals equal to 0 are left out of MAPE',
    ]);
  });

  it('records origins where the fit failed and scores the rest', () => {
    const failsAtFour: ForecastModel = {
      ...naiveModel(),
      name: 'fails-at-4',
      fit: (training) =>
        training.length === 4 ? { status: 'failed', reason: 'did not converge', iterations: 9 } : naiveModel().fit(training),
    };
    const result = rollingOriginBacktest(series, failsAtFour, { minimumTrainingLength: 3, horizon: 1 });
    expect(result.failures).toEqual([{ origin: 4, reason: 'did not converge' }]);
    expect(result.forecasts.map((f) => f.origin)).toEqual([3]);
  });

  it('rejects training windows the model cannot use or that leave nothing to forecast', () => {
    expect(() => rollingOriginBacktest(series, naiveModel(), { minimumTrainingLength: 1, horizon: 1 })).toThrow(
      'minimumTrainingLength must be an integer of at least 2 for naive, not 1',
    );
    expect(() => rollingOriginBacktest(series, naiveModel(), { minimumTrainingLength: 5, horizon: 1 })).toThrow(
      'minimumTrainingLength 5 leaves nothing to forecast in a series of 5 values',
    );
    expect(() => rollingOriginBacktest([1, Number.NaN, 3], naiveModel(), { minimumTrainingLength: 2, horizon: 1 })).toThrow(
      'backtest series values must be finite numbers; value at index 1 is NaN',
    );
  });
});
