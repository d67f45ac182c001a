import { describe, expect, it } from 'vitest';
import { adjacentPeriods, nextPeriodStart, paddedTimeDomain, periodRuns } from './periods.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const month = (period: string) => ({ date: at(`${period}-01`), period, granularity: 'month' as const });

describe('periods', () => {
  it('knows the next period of each granularity', () => {
    expect(nextPeriodStart(at('2001-10-01'), 'month')).toEqual(at('2001-11-01'));
    expect(nextPeriodStart(at('2001-10-01'), 'quarter')).toEqual(at('2002-01-01'));
    expect(nextPeriodStart(at('2001-01-01'), 'year')).toEqual(at('2002-01-01'));
    expect(nextPeriodStart(at('2001-12-31'), 'day')).toEqual(at('2002-01-01'));
  });

  it('calls two periods adjacent only when nothing lies between them in the calendar', () => {
    expect(adjacentPeriods(month('2001-09'), month('2001-10'))).toBe(true);
    expect(adjacentPeriods(month('2000-09'), month('2001-09'))).toBe(false);
    expect(adjacentPeriods(month('2001-09'), { date: at('2001-10-01'), period: '2001-Q4', granularity: 'quarter' })).toBe(false);
  });

  it('breaks runs where a product was not reported and where the source reported nothing', () => {
    const order = new Map(['2001-01', '2001-02', '2001-03', '2001-05', '2001-06'].map((period, index) => [period, index]));
    const points = ['2001-01', '2001-02', '2001-05', '2001-06'].map(month);
    expect(periodRuns(points, order).map((run) => run.map((point) => point.period))).toEqual([['2001-01', '2001-02'], ['2001-05', '2001-06']]);
    const withoutMarch = ['2001-01', '2001-02', '2001-03', '2001-06'].map(month);
    expect(periodRuns(withoutMarch, order).map((run) => run.length)).toEqual([3, 1]);
  });

  it('pads the span by half a period each side, and a single date by half a year', () => {
    expect(paddedTimeDomain([month('2001-01'), month('2001-12')]).map((date) => date.toISOString().slice(0, 10))).toEqual(['2000-12-16', '2001-12-16']);
    expect(paddedTimeDomain([month('2001-06')]).map((date) => date.toISOString().slice(0, 10))).toEqual(['2000-11-30', '2001-12-01']);
  });
});
