import { describe, expect, it } from 'vitest';
import type { MarketShareQuery } from '../../gql/graphql';
import { citationOf, toConcentrationPeriods, toShareChartData } from './share-chart-data';
import { viewLabel } from './view-label';

const SOURCE = { id: '13', title: 'Jupiter Media Metrix release as reported by AP', url: null, publisher: 'Jupiter Media Metrix', published: '2001-11-14' };

const entry = (id: string, name: string, share: number, originalValue: number, note: string | null = null) => ({
  value: originalValue * 1e6,
  share,
  originalValue,
  originalUnit: 'million',
  note,
  product: { id, name },
});

const SHARE: MarketShareQuery['marketShare'] = {
  metric: 'unique_users',
  segment: 'home',
  geography: 'US',
  unit: 'count',
  source: SOURCE,
  products: [
    { id: '1', name: 'MSN Messenger', vendor: { name: 'Microsoft' } },
    { id: '2', name: 'Yahoo! Messenger', vendor: { name: 'Yahoo' } },
    { id: '3', name: 'AOL brand', vendor: { name: 'AOL Time Warner' } },
  ],
  periods: [
    { label: '2000-09', start: '2000-09-01', granularity: 'month', total: 19.1e6, hhi: 5000, cr1: 0.503, cr3: 1, missingProductIds: ['3'], entries: [entry('1', 'MSN Messenger', 9.6 / 19.1, 9.6), entry('2', 'Yahoo! Messenger', 9.5 / 19.1, 9.5)] },
    { label: '2001-09', start: '2001-09-01', granularity: 'month', total: 72.1e6, hhi: 4280, cr1: 0.578, cr3: 1, missingProductIds: [], entries: [entry('3', 'AOL brand', 41.7 / 72.1, 41.7, '+21% y/y'), entry('1', 'MSN Messenger', 18.5 / 72.1, 18.5), entry('2', 'Yahoo! Messenger', 11.9 / 72.1, 11.9)] },
  ],
};

describe('toShareChartData', () => {
  const data = toShareChartData(SHARE, 'label');

  it('makes one series per product, in the API’s order, with a point per reported period', () => {
    expect(data.series.map((series) => [series.label, series.points.map((point) => point.period)])).toEqual([
      ['MSN Messenger', ['2000-09', '2001-09']],
      ['Yahoo! Messenger', ['2000-09', '2001-09']],
      ['AOL brand', ['2001-09']],
    ]);
  });

  it('says in the tooltip which products a period’s share leaves out, and the source’s note', () => {
    const msn2000 = data.series[0]!.points[0]!;
    expect(msn2000.value).toBe('9.6 million');
    expect(msn2000.details).toEqual(['Share among 2 products; not reported this period: AOL brand']);
    expect(data.series[2]!.points[0]!.details).toEqual(['Note: +21% y/y']);
  });

  it('marks the periods that leave products out, with their names', () => {
    expect(data.incomplete).toEqual([{ date: new Date('2000-09-01T00:00:00Z'), period: '2000-09', granularity: 'month', missing: ['AOL brand'], compared: 2 }]);
    expect(toConcentrationPeriods(SHARE).map((period) => [period.period, period.hhi, period.compared, period.missing])).toEqual([
      ['2000-09', 5000, 2, ['AOL brand']],
      ['2001-09', 4280, 3, []],
    ]);
  });

  it('keeps values in the base unit for the absolute view, and says its unit', () => {
    expect(data.series[0]!.points[1]!.amount).toBe(18.5e6);
    expect(data.amountLabel).toBe('Unique users (people or units)');
  });

  it('cites publisher, date and title', () => {
    expect(citationOf(SOURCE)).toBe('Jupiter Media Metrix, 2001-11-14 — Jupiter Media Metrix release as reported by AP');
    expect(data.citation).toBe(citationOf(SOURCE));
  });
});

describe('viewLabel', () => {
  it('reads as a sentence', () => {
    expect(viewLabel({ metric: 'unique_users', segment: 'home', geography: 'US', source: SOURCE })).toBe('Unique users at home, US — Jupiter Media Metrix, 2001-11-14');
  });
});
