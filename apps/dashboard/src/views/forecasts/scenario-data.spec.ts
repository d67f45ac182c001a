import { describe, expect, it } from 'vitest';
import { ceilingNote, effectReach, formatParameter, scenarioCsv, sliderRange, toScenarioChartData, type Scenario } from './scenario-data';
import { readScenarioState, SCENARIO_RESET, scenarioChanges, XP_LAUNCH } from './scenario-state';

const SCENARIO: Scenario = {
  warnings: [],
  fitted: { m: 16.5e6, p: 0.0136, q: 0.327 },
  used: { m: 16.5e6, p: 0.0136, q: 0.327 },
  points: [
    { period: '1960', start: '1960-01-01', actual: 1.26e6, baseline: 1.3e6, withEffect: 1.3e6 },
    { period: '1961', start: '1961-01-01', actual: 1.236e6, baseline: 1.2e6, withEffect: 1.7e6 },
    { period: '1962', start: '1962-01-01', actual: null, baseline: 1.1e6, withEffect: 1.6e6 },
  ],
};

describe('scenario sliders', () => {
  it('run from a fifth to three times the start, with the start on the grid', () => {
    const range = sliderRange(0.327);
    expect(range.min).toBeCloseTo(0.0654, 6);
    expect(range.max).toBeCloseTo(0.981, 6);
    expect((0.327 - range.min) / range.step).toBeCloseTo(80, 6);
    expect(formatParameter('m', 16.5e6, 'count')).toBe('16.5 million');
    expect(formatParameter('q', 0.327, 'count')).toBe('0.327');
    expect(formatParameter('p', 0.0136, 'count')).toBe('0.0136');
  });

  it('keep their state in the URL, defaults left out', () => {
    const changes = scenarioChanges({ m: 2e7, p: 0.02, q: 0.41234567, effect: true, effectFrom: '1961-06-01', levelChange: -5e5 });
    expect(changes).toEqual({ m: '20000000', p: '0.02', q: '0.412346', effect: 'on', effectFrom: '1961-06-01', level: '-500000' });
    expect(readScenarioState(new URLSearchParams(changes as Record<string, string>))).toEqual({ m: 2e7, p: 0.02, q: 0.412346, effect: true, effectFrom: '1961-06-01', levelChange: -5e5 });
    expect(readScenarioState(new URLSearchParams('m=-3&q=abc&effectFrom=2001-99-01'))).toEqual({ m: null, p: null, q: null, effect: false, effectFrom: XP_LAUNCH, levelChange: null });
    expect(SCENARIO_RESET).toEqual({ m: null, p: null, q: null, effect: null, level: null });
  });
});

describe('scenario chart data', () => {
  it('draws the effect only when one is applied, with its rule at its date', () => {
    const effect = { from: '1960-06-01', levelChange: 5e5 };
    const data = toScenarioChartData(SCENARIO, 'Clothes dryers', 'Adopters (people or units)', 'count', effect);
    expect(data.points.map((point) => point.withEffect)).toEqual([1.3e6, 1.7e6, 1.6e6]);
    expect(data.effect).toMatchObject({ key: 'effect', date: new Date('1960-06-01T00:00:00Z'), lines: ['Level change of 500 thousand from 1960-06-01 on'] });
    const without = toScenarioChartData(SCENARIO, 'Clothes dryers', 'Adopters', 'count', null);
    expect(without.effect).toBeNull();
    expect(without.points.every((point) => point.withEffect === null)).toBe(true);
  });

  it('says when the effect changes nothing or everything, and exports the curve', () => {
    expect(effectReach(SCENARIO, { from: XP_LAUNCH, levelChange: 1 })).toBe('The effect starts on 2001-10-25, after the last period drawn: both curves are the same.');
    expect(effectReach(SCENARIO, { from: '1950-01-01', levelChange: 1 })).toBe('The effect starts on 1950-01-01, before the first period drawn: it shifts the whole curve.');
    expect(effectReach(SCENARIO, { from: '1960-06-01', levelChange: 1 })).toBeNull();
    expect(ceilingNote(SCENARIO, 'count')).toBeNull();
    const percent = { ...SCENARIO, points: SCENARIO.points.map((point) => ({ ...point, baseline: point.baseline / 1e4, withEffect: null })) };
    expect(ceilingNote(percent, 'percent')).toBe('The curve reaches 130%, which a percentage cannot: lower the market potential m to keep it under 100%.');
    const lines = scenarioCsv(SCENARIO, 'Clothes dryers', null).trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,period_start,measured,bass_curve,with_effect,m,p,q,effect_from,level_change,series');
    expect(lines[3]).toBe('1962,1962-01-01,,1100000,,16500000,0.0136,0.327,,,Clothes dryers');
  });
});
