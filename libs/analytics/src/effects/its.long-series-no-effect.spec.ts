import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/its.json' with { type: 'json' };
import { interruptedTimeSeries } from './its.js';

// 120 periods indexed from 1 (so maxlags = 4) with no change at period 71; checked against statsmodels in
// its.reference.spec.ts.
describe('interrupted time series: a long series without an effect', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'long-series-no-effect');
  if (scenario === undefined) throw new Error('fixture lacks the long-series-no-effect scenario');
  const result = interruptedTimeSeries({ t: scenario.input.t, values: scenario.input.values }, scenario.input.eventIndex);

  it('uses 4 Newey-West lags and finds intervals that include zero', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.maxlags).toBe(4);
    for (const estimate of [result.levelChange, result.slopeChange, result.cumulativeEffect]) {
      expect(estimate.lower).toBeLessThan(0);
      expect(estimate.upper).toBeGreaterThan(0);
    }
  });

  it('widens the counterfactual band the further it reaches past the data', () => {
    if (!result.ok) throw new Error('expected an estimate');
    const widths = result.counterfactual.map((point) => point.upper - point.lower);
    expect(widths.slice(1).every((width, i) => width > (widths[i] ?? Number.POSITIVE_INFINITY))).toBe(true);
  });
});
