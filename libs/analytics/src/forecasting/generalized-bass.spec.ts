// The GBM's scenario contract: curves with and without the shock, the shock window, bad input.
import { describe, expect, it } from 'vitest';
import reference from './__fixtures__/gbm-fits.json' with { type: 'json' };
import { bassAdoptions } from './bass.js';
import { bassShockScenario, fitGeneralizedBass, generalizedBassAdoptions, type BassShockScenario } from './generalized-bass.js';
import { type FitFailure } from './nonlinear-fit.js';

const synthetic = (shock: string): number[] => reference.series.find((series) => series.id === `synthetic-${shock}`)?.adoptions ?? [];

function converged(result: BassShockScenario | FitFailure): BassShockScenario {
  if (result.status !== 'converged') throw new Error(`expected a converged scenario: ${result.reason}`);
  return result;
}

describe('bassShockScenario', () => {
  const adoptions = synthetic('rectangular');
  const scenario = converged(bassShockScenario(adoptions, { shock: 'rectangular', horizon: 12 }));
  const { m, p, q, a, b } = scenario.fit.params;

  it('has one point per observed and projected period, with the actuals on the observed ones', () => {
    expect(scenario.points).toHaveLength(adoptions.length + 12);
    expect(scenario.points.filter((point) => point.observed).map((point) => point.actual)).toEqual(adoptions);
    expect(scenario.points.slice(adoptions.length).every((point) => point.actual === null && !point.observed)).toBe(true);
  });

  it('draws the counterfactual as plain Bass with the fitted m, p, q', () => {
    const t = scenario.points.map((point) => point.t);
    const bass = bassAdoptions(t, { m, p, q });
    scenario.points.forEach((point, i) => expect(point.withoutShock).toBeCloseTo(bass[i] ?? NaN, 6));
  });

  it('draws the fitted curve with the shock, whose cumulative values are the fit’s', () => {
    scenario.points.slice(0, adoptions.length).forEach((point, i) => {
      expect(point.withShockCumulative).toBeCloseTo(scenario.fit.fitted[i] ?? NaN, 6);
    });
    const perPeriod = generalizedBassAdoptions([30], scenario.fit.params, 'rectangular')[0];
    expect(scenario.points[29]?.withShock).toBeCloseTo(perPeriod ?? NaN, 9);
  });

  it('marks the window and speeds adoption up inside it only', () => {
    expect(scenario.window).toEqual({ start: a, end: b, halfLife: null });
    const inside = scenario.points.filter((point) => point.t >= a && point.t <= b);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.every((point) => point.carrier === 1 + scenario.fit.params.c)).toBe(true);
    expect(scenario.points.filter((point) => point.t < a || point.t > b).every((point) => point.carrier === 1)).toBe(true);
    const last = scenario.points[adoptions.length - 1];
    expect(scenario.addedObserved).toBeCloseTo((last?.withShockCumulative ?? NaN) - (last?.withoutShockCumulative ?? NaN), 9);
    expect(scenario.addedObserved).toBeGreaterThan(0); // the known shock (c = 0.8) pulled adoption forward
  });

  it('gives an exponential shock no end and a half-life of ln 2 / −b', () => {
    const exponential = converged(bassShockScenario(synthetic('exponential'), { shock: 'exponential', horizon: 0 }));
    expect(exponential.window.end).toBeNull();
    expect(exponential.window.halfLife).toBeCloseTo(Math.LN2 / -exponential.fit.params.b, 12);
    expect(exponential.points).toHaveLength(60);
  });

  it('says what is wrong with bad input', () => {
    expect(() => bassShockScenario([1, 2, 3, 4, 5, 6], { shock: 'rectangular', horizon: 1 })).toThrow(
      'a Generalized Bass fit needs at least 7 values (6 parameters and at least 1 residual degree of freedom); got 6',
    );
    expect(() => bassShockScenario(adoptions, { shock: 'rectangular', horizon: -1 })).toThrow('horizon must be a non-negative integer, not -1');
    expect(() => fitGeneralizedBass(adoptions, { shock: 'step' as 'rectangular' })).toThrow("GBM shock must be 'rectangular' or 'exponential', not 'step'");
    expect(() => fitGeneralizedBass([1, 2, -3, 4, 5, 6, 7], { shock: 'exponential' })).toThrow('adoptions must be non-negative; value at index 2 is -3');
    expect(() => fitGeneralizedBass([1, 2, Number.NaN, 4, 5, 6, 7], { shock: 'exponential' })).toThrow('value at index 2 is NaN');
  });
});
