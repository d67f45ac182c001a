import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/synthetic-control.json' with { type: 'json' };
import { syntheticControl, type SyntheticControlEstimate } from './synthetic-control.js';
import { maxAbsoluteDifference, maxRelativeDifference } from './testing/relative-difference.js';

// scipy.optimize.minimize(method='SLSQP') on the simplex (checked in the script against an exact support
// enumeration to 1e-6), RMSPE, placebos in space with the other donors as the pool.
describe.each(reference.scenarios.map((scenario) => [scenario.name, scenario] as const))(
  'synthetic control: %s (against scipy SLSQP)',
  (_name, { input, expected }) => {
    const donors = input.donors.map((values, j) => ({ name: `donor ${j}`, values }));
    const result = syntheticControl({ t: input.t, treated: input.treated, donors }, input.eventIndex);
    const estimate = (): SyntheticControlEstimate => {
      if (!result.ok) throw new Error(`expected an estimate, got warnings: ${result.warnings.join('; ')}`);
      return result;
    };

    it('matches the donor weights to 1e-4 absolute', () => {
      const weights = estimate().weights;
      expect(weights.map((w) => w.name)).toEqual(donors.map((d) => d.name));
      expect(maxAbsoluteDifference(weights.map((w) => w.weight), expected.weights)).toBeLessThan(1e-4);
      expect(weights.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(1, 12);
      expect(weights.every((w) => w.weight >= 0)).toBe(true);
    });

    it('matches the synthetic series, RMSPEs and their ratio', () => {
      const fit = estimate();
      expect(maxRelativeDifference(fit.synthetic, expected.synthetic)).toBeLessThan(1e-4);
      expect(maxRelativeDifference([fit.preRmspe, fit.postRmspe, fit.rmspeRatio], [expected.preRmspe, expected.postRmspe, expected.ratio])).toBeLessThan(1e-4);
      // Never worse than SLSQP: ours is the exact optimum.
      expect(fit.preRmspe).toBeLessThanOrEqual(expected.preRmspe * (1 + 1e-12));
    });

    it('matches every placebo run and the permutation p-value', () => {
      const fit = estimate();
      expect(fit.placebos.map((p) => p.donor)).toEqual(donors.map((d) => d.name));
      fit.placebos.forEach((placebo, j) => {
        const run = expected.placebos[j];
        if (run === undefined) throw new Error(`fixture lacks placebo ${j}`);
        expect(maxAbsoluteDifference(placebo.weights.map((w) => w.weight), run.weights)).toBeLessThan(1e-4);
        expect(placebo.weights.map((w) => w.name)).not.toContain(placebo.donor);
        expect(maxRelativeDifference([placebo.preRmspe, placebo.postRmspe, placebo.rmspeRatio], [run.preRmspe, run.postRmspe, run.ratio])).toBeLessThan(1e-4);
      });
      expect(fit.pValue).toBe(expected.pValue);
    });
  },
);
