import { describe, expect, it } from 'vitest';
import type { MarketShareQuery } from '../../gql/graphql';
import { coverageSentences } from './coverage';
import { concentrationCsv, shareCsv } from './share-csv';

const SHARE: MarketShareQuery['marketShare'] = {
  metric: 'unique_users',
  segment: 'all',
  geography: 'US',
  unit: 'count',
  source: { id: '15', title: '=cmd|evil, "quoted"', url: 'https://www.internetnews.com/x', publisher: 'Media Metrix', published: null },
  products: [
    { id: '1', name: 'AIM', vendor: { name: 'AOL Time Warner' } },
    { id: '4', name: 'MSN Messenger', vendor: { name: 'Microsoft' } },
  ],
  periods: [
    { label: '1999-08', start: '1999-08-01', granularity: 'month', total: 18.1e6, hhi: 10000, cr1: 1, cr3: 1, missingProductIds: ['4'], entries: [{ value: 18.1e6, share: 1, originalValue: 18.1, originalUnit: 'million', note: null, product: { id: '1', name: 'AIM' } }] },
    {
      label: '2000-08',
      start: '2000-08-01',
      granularity: 'month',
      total: 31.8e6,
      hhi: 5500,
      cr1: 0.676,
      cr3: 1,
      missingProductIds: [],
      entries: [
        { value: 21.5e6, share: 0.676, originalValue: 21.5, originalUnit: 'million', note: '+ panel note', product: { id: '1', name: 'AIM' } },
        { value: 10.3e6, share: 0.324, originalValue: 10.3, originalUnit: 'million', note: null, product: { id: '4', name: 'MSN Messenger' } },
      ],
    },
  ],
};

describe('shareCsv', () => {
  it('holds exactly the shown points: hidden products and periods outside the zoom are left out', () => {
    const csv = shareCsv(SHARE, { hidden: ['4'], zoom: [new Date('2000-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z')] });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('period,period_start,granularity,product,vendor,metric,segment,geography,value,unit,stated_value,stated_unit,share,products_compared,not_reported_this_period,note,source,source_url');
    expect(lines[1]).toBe(`2000-08,2000-08-01,month,AIM,AOL Time Warner,unique_users,all,US,21500000,count,21.5,million,0.676,2,,'+ panel note,"Media Metrix — =cmd|evil, ""quoted""",https://www.internetnews.com/x`);
  });

  it('says which products a period leaves out', () => {
    expect(shareCsv(SHARE, { hidden: [], zoom: null })).toContain('1999-08,1999-08-01,month,AIM,AOL Time Warner,unique_users,all,US,18100000,count,18.1,million,1,1,MSN Messenger,');
  });
});

describe('concentrationCsv and coverage', () => {
  it('gives HHI, CR1 and CR3 per shown period with the citation', () => {
    expect(concentrationCsv(SHARE, null).split('\r\n')[2]).toBe('2000-08,2000-08-01,month,5500,0.676,1,2,,"Media Metrix — =cmd|evil, ""quoted""",https://www.internetnews.com/x');
  });

  it('states products, periods, source and gaps in words', () => {
    expect(coverageSentences(SHARE, 1, ['MSN Messenger'])).toEqual([
      '2 products (AIM, MSN Messenger); 2 periods from 1999-08 to 2000-08, reported by month; 1 source: Media Metrix.',
      'Zoomed: 1 period of 2 shown.',
      'Shares among fewer products in 1999-08 (not reported: MSN Messenger).',
      'Hidden in the chart (still counted in every share): MSN Messenger.',
    ]);
  });
});
