// Forecasts "as of" a vintage on the colour TV series (1963–1970), beside what happened later.
import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/bass-fits.json' with { type: 'json' };
import { bassModel, naiveModel } from './forecast-models.js';
import { forecastAsOf, resolveVintage } from './vintage.js';

const tv = reference.series.find((s) => s.id === 'colour-tvs')!;
const series = { values: tv.adoptions, periods: tv.periods };

describe('vintage forecasts of colour TV adoptions', () => {
  it('as of 1967 sees five years only and lines its forecasts up with 1968–1970', () => {
    const result = forecastAsOf(series, bassModel(), '1967');
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.vintage).toEqual({ index: 4, period: '1967' });
    expect(result.points.map((p) => [p.period, p.actual])).toEqual([
      ['1968', 5982],
      ['1969', 5962],
      ['1970', 4631],
    ]);
    // exactly what a fit on 1963–1967 alone forecasts
    const fit = bassModel().fit(tv.adoptions.slice(0, 5));
    if (fit.status !== 'converged') throw new Error(fit.reason);
    expect(result.points.map((p) => p.forecast)).toEqual(fit.forecast(3));
    for (const p of result.points) expect(p.error).toBeCloseTo((p.actual ?? NaN) - p.forecast, 9);
  });

  it('as of 1966, before sales turned, reports that the Bass fit did not converge instead of a forecast', () => {
    const result = forecastAsOf(series, bassModel(), '1966');
    expect(result.status).toBe('failed');
    expect(result).toMatchObject({ model: 'bass-discrete', vintage: { index: 3, period: '1966' } });
    if (result.status === 'failed') expect(result.reason).toMatch(/^did not converge/);
  });

  it('takes the last period at or before a date between periods, and an index too', () => {
    expect(resolveVintage(series, '1966-07')).toEqual({ index: 3, period: '1966' });
    expect(resolveVintage(series, 5)).toEqual({ index: 5, period: '1968' });
  });

  it('forecasts past the data with no actuals there, and bootstraps bands when asked', () => {
    const result = forecastAsOf(series, bassModel(), 5, { horizon: 4, intervals: { replicates: 100, seed: 11 } });
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.points.map((p) => [p.index, p.period, p.actual])).toEqual([
      [6, '1969', 5962],
      [7, '1970', 4631],
      [8, null, null],
      [9, null, null],
    ]);
    expect(result.points[3]?.error).toBeNull();
    expect(result.intervals?.status).toBe('ok');
    if (result.intervals?.status === 'ok') expect(result.intervals.bands).toHaveLength(4);
  });

  it('rejects vintages it cannot honour', () => {
    expect(() => forecastAsOf(series, bassModel(), '1962')).toThrow("asOf '1962' precedes the first period '1963'");
    expect(() => forecastAsOf(series, bassModel(), 2)).toThrow('as of index 2 the series has 3 values; bass-discrete needs 4');
    expect(() => forecastAsOf(series, naiveModel(), 8)).toThrow('asOf index must be an integer in 0..7, not 8');
    expect(() => forecastAsOf({ values: tv.adoptions }, naiveModel(), '1966')).toThrow(
      "asOf '1966' is a period label but the series has no periods",
    );
    expect(() => forecastAsOf({ values: [1, 2, 3], periods: ['2001', '2003', '2002'] }, naiveModel(), 1)).toThrow(
      "periods must increase; '2002' at index 2 follows '2003'",
    );
  });
});
