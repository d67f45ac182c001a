import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/synthetic-control.json' with { type: 'json' };
import { syntheticControl } from './synthetic-control.js';

// The treated series runs far above every donor (2·donor 3 + 10), so no convex mix can follow it; checked
// against scipy in synthetic-control.reference.spec.ts.
describe('synthetic control: a treated product outside the donors’ range', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'treated-outside-donor-range');
  if (scenario === undefined) throw new Error('fixture lacks the treated-outside-donor-range scenario');
  const { t, treated, eventIndex } = scenario.input;
  const donors = scenario.input.donors.map((values, j) => ({ name: `donor ${j}`, values }));

  it('puts all the weight on the highest donor and warns that the pre-period fit is poor', () => {
    const result = syntheticControl({ t, treated, donors }, eventIndex);
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.weights.find((w) => w.name === 'donor 3')?.weight).toBeCloseTo(1, 9);
    expect(result.warnings[0]).toMatch(
      /^synthetic control fits the pre-period poorly: RMSPE 30\.25 is \d+\.\d% of the treated series' typical level \S+ \(threshold 10%\)/,
    );
    expect(result.pValue).toBe(1);
  });

  it('takes a looser threshold but still notes a fit worse than the series’ own mean', () => {
    const result = syntheticControl({ t, treated, donors }, eventIndex, { poorFitFraction: 0.9 });
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.warnings[0]).toMatch(/^synthetic control fits the pre-period worse than the treated series' own mean/);
  });
});
