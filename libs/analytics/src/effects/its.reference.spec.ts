import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/its.json' with { type: 'json' };
import { interruptedTimeSeries, type InterruptedTimeSeriesEstimate } from './its.js';
import { maxRelativeDifference } from './testing/relative-difference.js';

// statsmodels OLS(...).fit(cov_type='HAC', cov_kwds={'maxlags': floor(4(n/100)^(2/9))}): Bartlett kernel, no
// small-sample correction, normal-based conf_int; counterfactual band from get_prediction; cumulative effect from t_test.
describe.each(reference.scenarios.map((scenario) => [scenario.name, scenario] as const))(
  'interrupted time series: %s (against statsmodels HAC)',
  (_name, { input, expected }) => {
    const result = interruptedTimeSeries({ t: input.t, values: input.values }, input.eventIndex);
    const estimate = (): InterruptedTimeSeriesEstimate => {
      if (!result.ok) throw new Error(`expected an estimate, got warnings: ${result.warnings.join('; ')}`);
      return result;
    };

    it('estimates with no warnings and the automatic lag length', () => {
      expect(estimate().warnings).toEqual([]);
      expect(estimate().maxlags).toBe(expected.maxlags);
    });

    it('matches the coefficients to 1e-6 and the HAC standard errors to 1e-4 relative', () => {
      const fit = estimate();
      expect(maxRelativeDifference(fit.coefficients, expected.coefficients)).toBeLessThan(1e-6);
      const standardErrors = [fit.baselineIntercept, fit.baselineSlope, fit.levelChange, fit.slopeChange].map((e) => e.standardError);
      expect(maxRelativeDifference(standardErrors, expected.standardErrors)).toBeLessThan(1e-4);
      expect(maxRelativeDifference(fit.covariance, expected.covariance)).toBeLessThan(1e-6);
    });

    it('reports the level and slope change with the 95% intervals of conf_int', () => {
      const fit = estimate();
      const intervals = [fit.baselineIntercept, fit.baselineSlope, fit.levelChange, fit.slopeChange].map((e) => [e.lower, e.upper]);
      expect(maxRelativeDifference(intervals, expected.confidenceIntervals)).toBeLessThan(1e-6);
      expect(fit.levelChange.estimate).toBe(fit.coefficients[2]);
      expect(fit.slopeChange.estimate).toBe(fit.coefficients[3]);
    });

    it('carries the pre-event line on as the counterfactual, with the get_prediction band', () => {
      const { counterfactual } = estimate();
      expect(counterfactual.map((point) => point.t)).toEqual(expected.counterfactual.t);
      expect(counterfactual.map((point) => point.actual)).toEqual(input.values.slice(input.eventIndex));
      expect(maxRelativeDifference(counterfactual.map((p) => p.value), expected.counterfactual.value)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(counterfactual.map((p) => p.standardError), expected.counterfactual.standardError)).toBeLessThan(1e-4);
      expect(maxRelativeDifference(counterfactual.map((p) => p.lower), expected.counterfactual.lower)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(counterfactual.map((p) => p.upper), expected.counterfactual.upper)).toBeLessThan(1e-6);
    });

    it('sums actual − counterfactual over the post period, with the t_test interval', () => {
      const { cumulativeEffect, counterfactual } = estimate();
      const direct = counterfactual.reduce((sum, point) => sum + point.actual - point.value, 0);
      expect(maxRelativeDifference(cumulativeEffect.estimate, direct)).toBeLessThan(1e-9);
      expect(maxRelativeDifference(cumulativeEffect.estimate, expected.cumulativeEffect.estimate)).toBeLessThan(1e-6);
      expect(maxRelativeDifference(cumulativeEffect.standardError, expected.cumulativeEffect.standardError)).toBeLessThan(1e-4);
      expect(maxRelativeDifference([cumulativeEffect.lower, cumulativeEffect.upper], [expected.cumulativeEffect.lower, expected.cumulativeEffect.upper])).toBeLessThan(1e-6);
    });
  },
);
