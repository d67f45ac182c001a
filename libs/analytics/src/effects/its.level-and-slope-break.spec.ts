import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/its.json' with { type: 'json' };
import { interruptedTimeSeries } from './its.js';

// An IM-adoption-like series (users in millions, monthly) with a level jump of 3.5 and a slope change of 0.25
// per month at month 30, AR(1) noise; the fit itself is checked against statsmodels in its.reference.spec.ts.
describe('interrupted time series: what the level-and-slope-break series says', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'level-and-slope-break');
  if (scenario === undefined) throw new Error('fixture lacks the level-and-slope-break scenario');
  const result = interruptedTimeSeries({ t: scenario.input.t, values: scenario.input.values }, scenario.input.eventIndex);

  it('finds a positive level change whose interval excludes zero', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.levelChange.lower).toBeGreaterThan(0);
    expect(result.cumulativeEffect.lower).toBeGreaterThan(0);
  });

  it('narrows the intervals at a lower confidence level and accepts a chosen lag length', () => {
    const narrow = interruptedTimeSeries({ t: scenario.input.t, values: scenario.input.values }, scenario.input.eventIndex, {
      confidenceLevel: 0.8,
      maxlags: 0,
    });
    if (!result.ok || !narrow.ok) throw new Error('expected estimates');
    expect(narrow.maxlags).toBe(0);
    expect(narrow.confidenceLevel).toBe(0.8);
    expect(narrow.levelChange.estimate).toBe(result.levelChange.estimate);
    const width = (e: { lower: number; upper: number }) => e.upper - e.lower;
    const z80 = 1.2815515655446004;
    expect(width(narrow.levelChange)).toBeCloseTo(2 * z80 * narrow.levelChange.standardError, 12);
  });
});
