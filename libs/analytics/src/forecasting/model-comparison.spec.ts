import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/bass-fits.json' with { type: 'json' };
import { type FittedForecast, type ForecastModel } from './forecast-model.js';
import { bassModel, gompertzModel, holtDampedModel, naiveModel } from './forecast-models.js';
import { compareModels } from './model-comparison.js';

const series = [10, 12, 11, 15, 14, 16, 15, 18];

/** A stub model: forecasts last value + offset; fits perfectly in sample when `perfectInSample`. */
function stub(
  name: string,
  options: { offset?: number; parameterCount?: number; failAt?: readonly number[]; perfectInSample?: boolean } = {},
): ForecastModel {
  const { offset = 0, parameterCount = 1, failAt = [], perfectInSample = false } = options;
  return {
    name,
    parameterCount,
    minimumLength: 2,
    fit(training) {
      if (failAt.includes(training.length)) return { status: 'failed', reason: 'did not converge', iterations: 1 };
      const last = training[training.length - 1] ?? NaN;
      const fitted: FittedForecast = {
        status: 'converged',
        model: name,
        parameters: {},
        parameterCount,
        residuals: perfectInSample ? training.map(() => 0) : training.slice(1).map((v, i) => v - (training[i] ?? NaN)),
        warnings: [],
        forecast: (h) => new Array<number>(h).fill(last + offset),
        samplePath: (h) => new Array<number>(h).fill(last + offset),
      };
      return fitted;
    },
  };
}

const options = { minimumTrainingLength: 3, horizon: 2 };

describe('choosing a default model by backtest error', () => {
  it('prefers the better forecaster over the better in-sample fit', () => {
    const overfit = stub('overfit', { offset: 5, perfectInSample: true, parameterCount: 5 });
    const comparison = compareModels(series, [overfit, naiveModel()], options);
    expect(comparison.chosen).toBe('naive');
    expect(comparison.ranking.map((r) => r.model)).toEqual(['naive', 'overfit']);
    expect(comparison.reason).toMatch(/^naive has the lowest backtest MASE \(.+\) over 5 common origins$/);
    expect(comparison.backtests[0]?.overall.mase).toBeGreaterThan(comparison.backtests[1]?.overall.mase ?? Infinity);
  });

  it('breaks ties by fewer parameters, then by the order given', () => {
    const heavy = stub('heavy', { parameterCount: 3 });
    const light = stub('light', { parameterCount: 1 });
    const alsoLight = stub('also-light', { parameterCount: 1 });
    const comparison = compareModels(series, [heavy, light, alsoLight], options);
    expect(comparison.chosen).toBe('light');
    expect(comparison.ranking.map((r) => r.model)).toEqual(['light', 'also-light', 'heavy']);
    expect(comparison.reason).toMatch(/^light ties also-light/);
  });

  it('scores on the origins where every eligible model forecast, and drops models that fail too often', () => {
    const good = stub('good', { offset: 0.5 });
    const sometimes = stub('fails-once', { failAt: [5] }); // 1 of 5 origins: 20%, still eligible
    const often = stub('fails-often', { failAt: [3, 4] }); // 2 of 5: not eligible
    const comparison = compareModels(series, [good, sometimes, often], options);
    expect(comparison.commonOrigins).toEqual([3, 4, 6, 7]);
    const byName = Object.fromEntries(comparison.ranking.map((r) => [r.model, r]));
    expect(byName['fails-once']).toMatchObject({ eligible: true, failedOrigins: 1, origins: 5 });
    expect(byName['fails-often']).toMatchObject({ eligible: false, score: null, note: 'fit failed at 2 of 5 origins' });
    expect(comparison.ranking.at(-1)?.model).toBe('fails-often');
  });

  it('chooses nothing, with a reason, when every model fails', () => {
    const comparison = compareModels(series, [stub('a', { failAt: [3, 4, 5, 6, 7] })], options);
    expect(comparison.chosen).toBeNull();
    expect(comparison.reason).toBe('no model produced forecasts at enough origins');
  });

  it('rejects duplicate names, an empty list and unknown criteria', () => {
    expect(() => compareModels(series, [naiveModel(), naiveModel()], options)).toThrow('model names must be unique');
    expect(() => compareModels(series, [], options)).toThrow('compareModels needs at least one model');
    expect(() => compareModels(series, [naiveModel()], { ...options, criterion: 'rmse' as 'mase' })).toThrow(
      "criterion must be 'mase' or 'mape', not 'rmse'",
    );
  });

  it('handles a real case: on clothes dryers, Bass cannot converge at origin 7 (still growing) yet stays eligible', () => {
    const dryers = reference.series.find((s) => s.id === 'clothes-dryers')!;
    const comparison = compareModels(
      dryers.adoptions,
      [bassModel(), gompertzModel({ scale: 'adoptions' }), holtDampedModel(), naiveModel()],
      { minimumTrainingLength: 6, horizon: 3 },
    );
    const bass = comparison.backtests[0];
    expect(bass?.failures.map((f) => f.origin)).toEqual([7]);
    expect(bass?.failures[0]?.reason).toMatch(/^did not converge/);
    expect(comparison.commonOrigins).toEqual([6, 8, 9, 10, 11, 12]);
    expect(comparison.ranking.every((r) => r.eligible)).toBe(true);
    expect(comparison.chosen).toBe(comparison.ranking[0]?.model);
  }, 20_000);
});
