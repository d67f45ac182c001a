import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/bass-fits.json' with { type: 'json' };
import { bassAdoptions, fitBass } from './bass.js';
import { bassModel, bassOlsModel, gompertzModel, holtDampedModel, logisticModel } from './forecast-models.js';
import { fitGrowthCurve, growthCurveValues } from './growth-curves.js';
import { fitHoltDamped } from './holt-damped-fit.js';
import { finalState, holtDampedForecast } from './holt-damped.js';
import { type FitFailure } from './nonlinear-fit.js';
import { type FittedForecast } from './forecast-model.js';

const rooms = reference.series.find((s) => s.id === 'room-air-conditioners')!;
const n = rooms.adoptions.length;
const cumulative = rooms.adoptions.map(((total) => (a: number) => (total += a))(0));

function converged(fit: FittedForecast | FitFailure): FittedForecast {
  if (fit.status !== 'converged') throw new Error(fit.reason);
  return fit;
}

describe('forecast models', () => {
  it('forecast Bass adoptions as the discrete curve beyond the data', () => {
    const fit = converged(bassModel().fit(rooms.adoptions));
    const direct = fitBass(rooms.adoptions);
    if (direct.status !== 'converged') throw new Error(direct.reason);
    expect(fit.forecast(3)).toEqual(bassAdoptions([n + 1, n + 2, n + 3], direct.params));
    expect(fit.parameters).toEqual(direct.params);
  });

  it('forecast a cumulative series with Bass by adding adoptions onto the last observed total', () => {
    const adoptions = converged(bassModel().fit(rooms.adoptions)).forecast(3);
    const onCumulative = converged(bassModel({ scale: 'cumulative' }).fit(cumulative)).forecast(3);
    const last = cumulative[n - 1] ?? NaN;
    expect(onCumulative[0]).toBeCloseTo(last + (adoptions[0] ?? NaN), 6);
    expect(onCumulative[2]).toBeCloseTo(last + (adoptions[0] ?? 0) + (adoptions[1] ?? 0) + (adoptions[2] ?? 0), 6);
  });

  it('forecast logistic and Gompertz on the cumulative curve, or its increments for adoptions', () => {
    const gompertz = fitGrowthCurve('gompertz', cumulative);
    if (gompertz.status !== 'converged') throw new Error(gompertz.reason);
    expect(converged(gompertzModel().fit(cumulative)).forecast(2)).toEqual(growthCurveValues('gompertz', [n + 1, n + 2], gompertz.params));
    // on adoptions the logistic is Bass in disguise: same forecasts
    const logistic = converged(logisticModel({ scale: 'adoptions' }).fit(rooms.adoptions)).forecast(3);
    const bass = converged(bassModel().fit(rooms.adoptions)).forecast(3);
    logistic.forEach((value, h) => expect(value).toBeCloseTo(bass[h] ?? NaN, 3));
  });

  it('forecast with Bass’s OLS estimates through the discrete curve', () => {
    const fit = converged(bassOlsModel().fit(rooms.adoptions));
    const { m, p, q } = rooms.ols.params;
    expect(fit.forecast(1)[0]).toBeCloseTo(bassAdoptions([n + 1], { m, p, q })[0] ?? NaN, 3);
  });

  it('forecast damped Holt from the final state, and simulate futures from it', () => {
    const fit = converged(holtDampedModel().fit(cumulative));
    const direct = fitHoltDamped(cumulative);
    if (direct.status !== 'converged') throw new Error(direct.reason);
    expect(fit.forecast(4)).toEqual(holtDampedForecast(finalState(direct), direct.params.phi, 4));
    const path = fit.samplePath(4, () => 0.5);
    expect(path).toHaveLength(4);
    expect(path?.every(Number.isFinite)).toBe(true);
  });
});
