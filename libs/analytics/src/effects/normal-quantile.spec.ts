import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/ols-hac.json' with { type: 'json' };
import { normalQuantile, twoSidedCriticalValue } from './normal-quantile.js';
import { maxRelativeDifference } from './testing/relative-difference.js';

describe('normalQuantile (against scipy.stats.norm.ppf)', () => {
  it.each(reference.normalQuantiles.map(({ p, z }) => [p, z]))('matches at p = %s', (p, z) => {
    expect(maxRelativeDifference(normalQuantile(p), z)).toBeLessThan(1e-13);
  });

  it('gives the 95% two-sided critical value statsmodels uses', () => {
    expect(twoSidedCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow('normal quantile needs a probability strictly between 0 and 1; got 0');
    expect(() => normalQuantile(1.2)).toThrow('got 1.2');
    expect(() => twoSidedCriticalValue(95)).toThrow('confidence level must lie strictly between 0 and 1; got 95');
  });
});
