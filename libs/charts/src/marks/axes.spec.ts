import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { timeTicks } from './axes.js';

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const labels = (from: string, to: string, width: number, granularity: 'month' | 'quarter' | 'year') => {
  const x = scaleUtc().domain([utc(from), utc(to)]).range([0, width]);
  const { ticks, format } = timeTicks(x, granularity);
  return { ticks, labels: ticks.map(format) };
};

describe('time axis ticks by the data granularity', () => {
  it('never repeats a label, even zoomed to two months of monthly data', () => {
    const { labels: shown } = labels('1999-07-15', '1999-09-20', 600, 'month');
    expect(shown).toEqual(['Aug 1999', 'Sep 1999']);
    expect(new Set(labels('2006-05-20', '2006-07-10', 900, 'month').labels).size).toBe(2);
  });

  it('ticks at period starts, so a March point sits on the March tick', () => {
    const { ticks, labels: shown } = labels('2003-12-01', '2004-06-01', 600, 'month');
    const march = ticks.findIndex((tick) => tick.getTime() === utc('2004-03-01').getTime());
    expect(shown[march]).toBe('Mar 2004');
  });

  it('thins monthly ticks to quarters, half years and years as the width shrinks, one label per period', () => {
    expect(labels('2000-01-01', '2002-12-31', 1000, 'month').labels.slice(0, 3)).toEqual(['Jan 2000', 'Apr 2000', 'Jul 2000']);
    expect(labels('1997-01-01', '2006-12-31', 300, 'month').labels).toEqual(['1998', '2000', '2002', '2004', '2006']);
  });

  it('names quarters of quarterly data and years of yearly data', () => {
    expect(labels('2004-01-01', '2004-12-31', 600, 'quarter').labels).toEqual(['Q1 2004', 'Q2 2004', 'Q3 2004', 'Q4 2004']);
    expect(labels('1998-01-01', '2001-06-30', 600, 'year').labels).toEqual(['1998', '1999', '2000', '2001']);
  });
});
