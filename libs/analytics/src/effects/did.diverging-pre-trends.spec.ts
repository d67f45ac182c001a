import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/did.json' with { type: 'json' };
import { differenceInDifferences } from './did.js';

// The treated client already grew 0.6 a month against the control's 0.2 before the event; checked against
// statsmodels in did.reference.spec.ts.
describe('difference-in-differences: diverging pre-period trends', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'diverging-pre-trends');
  if (scenario === undefined) throw new Error('fixture lacks the diverging-pre-trends scenario');
  const { t, treated, control, eventIndex } = scenario.input;
  const result = differenceInDifferences({ t, treated, control }, eventIndex);

  it('still estimates but warns that the trends are not parallel', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.preTrend.difference.lower).toBeGreaterThan(0);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^pre-period trends are not parallel: the treated series' slope is 0\.6106 per period, the control's 0\.2088 \(difference 0\.4017, 95% interval 0\.3838 to 0\.4196\)/,
    );
  });

  it('does not warn when the pre-period gap has a constant slope of zero', () => {
    const parallel = differenceInDifferences({ t, treated: control.map((value) => value + 5), control }, eventIndex);
    if (!parallel.ok) throw new Error('expected an estimate');
    expect(parallel.warnings).toEqual([]);
    expect(parallel.effect.estimate).toBeCloseTo(0, 9);
  });
});
