import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/synthetic-control.json' with { type: 'json' };
import { syntheticControl } from './synthetic-control.js';

// The treated series is 0.45·donor 1 + 0.35·donor 3 + 0.2·donor 5 plus noise before month 24, then gains an
// effect that grows; checked against scipy in synthetic-control.reference.spec.ts.
describe('synthetic control: a treated product that is a mix of donors', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'donor-mix');
  if (scenario === undefined) throw new Error('fixture lacks the donor-mix scenario');
  const { t, treated, eventIndex } = scenario.input;
  const donors = scenario.input.donors.map((values, j) => ({ name: `donor ${j}`, values }));
  const result = syntheticControl({ t, treated, donors }, eventIndex);

  it('puts nearly all the weight on the donors in the mix', () => {
    if (!result.ok) throw new Error('expected an estimate');
    const mixed = ['donor 1', 'donor 3', 'donor 5'];
    const inMix = result.weights.filter((w) => mixed.includes(w.name)).reduce((sum, w) => sum + w.weight, 0);
    expect(inMix).toBeGreaterThan(0.9);
  });

  it('ranks the treated unit first among the placebos, with the smallest p-value 7 donors allow', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.placebos.every((placebo) => placebo.rmspeRatio < result.rmspeRatio)).toBe(true);
    expect(result.pValue).toBe(1 / 8);
  });

  it('warns only that 7 donors cannot give a p-value below 0.125', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.warnings).toEqual([
      'synthetic control has only 7 donors, so the placebo p-value cannot go below 1/8 = 0.125; at least 19 donors are needed to reach 0.05',
    ]);
  });

  it('reports gaps as treated − synthetic for every period', () => {
    if (!result.ok) throw new Error('expected an estimate');
    result.gaps.forEach((gap, i) => expect(gap).toBeCloseTo((treated[i] ?? Number.NaN) - (result.synthetic[i] ?? Number.NaN), 12));
  });
});
