import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/did.json' with { type: 'json' };
import { differenceInDifferences, type DifferenceInDifferencesEstimate } from './did.js';
import { maxRelativeDifference } from './testing/relative-difference.js';

// statsmodels OLS(...).fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': floor(4(T/100)^(2/9))}):
// Driscoll-Kraay, Bartlett kernel, default use_correction='cluster', normal-based conf_int. Pre-trend: OLS of the
// pre-period gap on [1, t] with cov_type='HAC' (no correction).
describe.each(reference.scenarios.map((scenario) => [scenario.name, scenario] as const))(
  'difference-in-differences: %s (against statsmodels hac-groupsum)',
  (_name, { input, expected }) => {
    const result = differenceInDifferences({ t: input.t, treated: input.treated, control: input.control }, input.eventIndex);
    const estimate = (): DifferenceInDifferencesEstimate => {
      if (!result.ok) throw new Error(`expected an estimate, got warnings: ${result.warnings.join('; ')}`);
      return result;
    };

    it('matches the coefficients to 1e-6 and the standard errors to 1e-4 relative', () => {
      const fit = estimate();
      expect(fit.maxlags).toBe(expected.maxlags);
      expect(maxRelativeDifference(fit.coefficients, expected.coefficients)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(fit.covariance, expected.covariance)).toBeLessThan(1e-6);
      const standardErrors = fit.covariance.map((row, i) => Math.sqrt(row[i] ?? Number.NaN));
      expect(maxRelativeDifference(standardErrors, expected.standardErrors)).toBeLessThan(1e-4);
    });

    it('reports the effect d with the 95% interval of conf_int', () => {
      const { effect } = estimate();
      const [lower, upper] = expected.confidenceIntervals[3] ?? [];
      expect(maxRelativeDifference(effect.estimate, expected.coefficients[3] ?? Number.NaN)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(effect.standardError, expected.standardErrors[3] ?? Number.NaN)).toBeLessThan(1e-4);
      expect(maxRelativeDifference([effect.lower, effect.upper], [lower ?? Number.NaN, upper ?? Number.NaN])).toBeLessThan(1e-6);
    });

    it('matches the pre-period slopes and their HAC-tested difference', () => {
      const { preTrend } = estimate();
      const reference = expected.preTrend;
      expect(preTrend.maxlags).toBe(reference.maxlags);
      expect(maxRelativeDifference([preTrend.treatedSlope, preTrend.controlSlope], [reference.treatedSlope, reference.controlSlope])).toBeLessThan(1e-6);
      expect(maxRelativeDifference(preTrend.difference.estimate, reference.difference)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(preTrend.difference.standardError, reference.standardError)).toBeLessThan(1e-4);
      expect(maxRelativeDifference([preTrend.difference.lower, preTrend.difference.upper], [reference.lower, reference.upper])).toBeLessThan(1e-6);
    });
  },
);
