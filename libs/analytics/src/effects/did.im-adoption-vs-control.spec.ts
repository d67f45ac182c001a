import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/did.json' with { type: 'json' };
import { differenceInDifferences } from './did.js';
import { neweyWest } from './hac.js';
import { ols } from './ols.js';
import { maxRelativeDifference } from './testing/relative-difference.js';

// A bundled IM client vs a control client sharing market shocks; +3 million users from month 24 on. The fit is
// checked against statsmodels in did.reference.spec.ts.
describe('difference-in-differences: an IM client against a control client', () => {
  const scenario = reference.scenarios.find((s) => s.name === 'im-adoption-vs-control');
  if (scenario === undefined) throw new Error('fixture lacks the im-adoption-vs-control scenario');
  const { t, treated, control, eventIndex } = scenario.input;
  const result = differenceInDifferences({ t, treated, control }, eventIndex);

  it('finds the effect near 3 with an interval excluding zero and no pre-trend warning', () => {
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.warnings).toEqual([]);
    expect(result.effect.lower).toBeGreaterThan(0);
    expect(Math.abs(result.effect.estimate - 3)).toBeLessThan(2 * result.effect.standardError);
  });

  it('equals Newey-West on the gap series when the small-sample factor is off (why Driscoll-Kraay fits here)', () => {
    const plain = differenceInDifferences({ t, treated, control }, eventIndex, { smallSampleCorrection: 'none' });
    if (!plain.ok) throw new Error('expected an estimate');
    const gap = treated.map((value, i) => value - (control[i] ?? Number.NaN));
    const design = t.map((_, i) => [1, i >= eventIndex ? 1 : 0]);
    const fit = ols(design, gap);
    const covariance = neweyWest(design, fit.residuals, plain.maxlags);
    expect(maxRelativeDifference(plain.effect.estimate, fit.coefficients[1] ?? Number.NaN)).toBeLessThan(1e-9);
    expect(maxRelativeDifference(plain.effect.standardError, Math.sqrt(covariance[1]?.[1] ?? Number.NaN))).toBeLessThan(1e-9);
  });
});
