import { describe, expect, it } from 'vitest';
import { effectPointsCsv, estimatesCsv, toEffectChartData, type BundlingEffect } from './effect-data';
import type { EffectEvent } from './effect-state';

const SOURCE = { id: '7', title: 'E2E panel release, "monthly"', url: 'https://example.org/panel', publisher: 'E2E panel', published: '2002-08' };
const months = ['2001-08', '2001-09', '2001-10', '2001-11', '2001-12'];
const EFFECT: BundlingEffect = {
  method: 'INTERRUPTED_TIME_SERIES',
  ok: true,
  warnings: [],
  pValue: null,
  preRmspe: null,
  levelChange: { estimate: 1.5e6, lower: 0.5e6, upper: 2.5e6, standardError: 0.51e6 },
  slopeChange: { estimate: -2e5, lower: -6e5, upper: 2e5, standardError: 2e5 },
  effect: null,
  cumulativeEffect: { estimate: 3e6, lower: 1e6, upper: 5e6, standardError: 1e6 },
  weights: [],
  points: months.map((period, index) => ({ period, start: `${period}-01`, actual: (10 + index) * 1e6, counterfactual: index >= 3 ? (9.5 + index) * 1e6 : null, lower: index >= 3 ? 9e6 : null, upper: index >= 3 ? 14e6 : null, afterEvent: index >= 3 })),
  series: {
    product: 'E2E client',
    productId: '40',
    metric: 'unique_users',
    segment: 'all',
    geography: 'US',
    panel: 'E2E panel',
    unit: 'count',
    points: months.map((period, index) => ({ period, start: `${period}-01`, granularity: 'month', value: (10 + index) * 1e6, originalValue: 10 + index, originalUnit: 'million', note: index === 0 ? '-first month' : null, source: SOURCE })),
  },
};
const EVENT: EffectEvent = { id: '9', date: '2001-10-25', start: '2001-10-25', kind: 'bundling', title: 'Windows XP launches with Windows Messenger bundled', description: 'XP ships.', products: [], source: SOURCE };

describe('toEffectChartData', () => {
  it('gives every point its stated value and citation, and the event its rule', () => {
    const data = toEffectChartData(EFFECT, EVENT);
    expect(data.points[3]).toMatchObject({ period: '2001-11', granularity: 'month', counterfactual: 12.5e6, lower: 9e6, upper: 14e6, afterEvent: true });
    expect(data.points[0]!.details).toEqual(['Stated: 10 million', 'Note: -first month', 'Source: E2E panel, 2002-08 — E2E panel release, "monthly"']);
    expect(data.event.date).toEqual(new Date('2001-10-25T00:00:00Z'));
    expect(data.valueLabel).toBe('Unique users (people or units)');
  });
});

describe('effect CSVs', () => {
  it('lists the chart’s points with counterfactual, band and source, formula-safe', () => {
    const lines = effectPointsCsv(EFFECT, EVENT, 'its').trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,period_start,relative_to_event,actual,counterfactual,lower_95,upper_95,unit,method,event,event_date,series,note,source,source_url');
    expect(lines[1]).toBe(`2001-08,2001-08-01,before,10000000,,,,count,Interrupted time series,Windows XP launches with Windows Messenger bundled,2001-10-25,"E2E client — unique users, US — E2E panel",'-first month,"E2E panel, 2002-08 — E2E panel release, ""monthly""",https://example.org/panel`);
    expect(lines[4]).toContain('2001-11,2001-11-01,after,13000000,12500000,9000000,14000000,count');
  });

  it('lists the estimates with their intervals', () => {
    const lines = estimatesCsv(EFFECT, EVENT, 'its').trimEnd().split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['estimate', 'Level change at the event', 'Slope change', 'Cumulative effect after the event']);
    expect(lines[2]).toContain('Slope change,-200000,-600000,200000,200000,count per year');
  });
});
