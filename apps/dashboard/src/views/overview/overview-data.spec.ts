import { describe, expect, it } from 'vitest';
import { ENTERPRISE_FORECAST, GARTNER_2001, GARTNER_2010 } from '../../forecasting/forecast-fixtures';
import { concentrationReading, enterpriseSeries, explorerHref, leaderOf, yearsAhead, type MarketShare } from './overview-data';
import { isGartnerFreeImCall, measureText, predictedText, scorecardCsv, tableOrder } from './scorecard-data';

const SOURCE = { id: '15', title: 'internetnews.com', url: null, publisher: 'Media Metrix', published: null };
const entry = (name: string, share: number, originalValue: number) => ({ value: originalValue * 1e6, share, originalValue, originalUnit: 'million', note: null, product: { id: name, name } });
const SHARE: MarketShare = {
  metric: 'unique_users',
  segment: 'all',
  geography: 'US',
  unit: 'count',
  source: SOURCE,
  products: [],
  periods: [
    { label: '1999-08', start: '1999-08-01', granularity: 'month', total: 28.5e6, hhi: 5365, cr1: 0.635, cr3: 1, missingProductIds: ['3'], entries: [entry('AIM', 0.635, 18.1), entry('ICQ', 0.365, 10.4)] },
    { label: '2000-08', start: '2000-08-01', granularity: 'month', total: 51.5e6, hhi: 2879, cr1: 0.417, cr3: 0.9, missingProductIds: [], entries: [entry('AIM', 0.417, 21.5), entry('ICQ', 0.2, 10.3)] },
  ],
};
const series = (product: string, panel: string, points: number, geography = 'WW') => ({ productId: '15', product, metric: 'enterprise_penetration' as const, segment: 'enterprise' as const, geography, panel, points, firstPeriod: '2002-01-01', lastPeriod: '2005-09-01' });

describe('headline figures', () => {
  it('name the leader of the latest period, with its share and the value as stated', () => {
    expect(leaderOf(SHARE)).toEqual({ name: 'AIM', share: 0.417, stated: '21.5 million', period: '2000-08', compared: 2 });
    expect(leaderOf({ ...SHARE, periods: [] })).toBeNull();
  });

  it('read an HHI by the 1992 merger guidelines, and link to the explorer’s view', () => {
    expect([concentrationReading(5365), concentrationReading(1800), concentrationReading(999)]).toEqual(['highly concentrated', 'moderately concentrated', 'unconcentrated']);
    expect(explorerHref({ metric: 'unique_users', segment: 'all', geography: 'US', source: SOURCE })).toBe('/?metric=unique_users&segment=all&geo=US&source=15');
  });

  it('forecast the market-wide enterprise-penetration series with the most points, one panel only', () => {
    const catalog = [series('Enterprise IM (EIM products)', 'Gartner', 1), series('All IM', 'Radicati Group', 1, 'NA'), series('All IM', 'Gartner', 1), series('All IM', 'Osterman Research', 3)];
    expect(enterpriseSeries([...catalog].sort((a, b) => b.points - a.points))?.panel).toBe('Osterman Research');
    expect(enterpriseSeries([])).toBeUndefined();
  });

  it('find the forecast one, two and three years after the last measurement, where it reaches', () => {
    const forecast = { ...ENTERPRISE_FORECAST, points: [...ENTERPRISE_FORECAST.points, { period: '2006-09', start: '2006-09-01', value: 52, lower80: -20, upper80: 124, lower95: -56, upper95: 196 }] };
    expect(yearsAhead(forecast).map((year) => [year.years, year.start, year.point?.period ?? null])).toEqual([
      [1, '2006-09-01', '2006-09'],
      [2, '2007-09-01', null],
      [3, '2008-09-01', null],
    ]);
  });
});

describe('the prediction scorecard', () => {
  it('picks out Gartner’s 2001 call and lists scored predictions first', () => {
    expect(isGartnerFreeImCall(GARTNER_2001)).toBe(true);
    expect(isGartnerFreeImCall(GARTNER_2010)).toBe(false);
    expect(tableOrder([GARTNER_2010, GARTNER_2001]).map((prediction) => prediction.id)).toEqual(['1', '16']);
    expect(predictedText(GARTNER_2001)).toBe('70%');
    expect(measureText(GARTNER_2001)).toBe('Enterprise penetration in enterprises, WW');
  });

  it('exports every prediction with its result, flags and both citations, formula-safe', () => {
    const lines = scorecardCsv([GARTNER_2010, { ...GARTNER_2001, forecaster: '=Gartner' }], 'A hit is within ±5 points').trimEnd().split('\r\n');
    expect(lines[0]).toBe('forecaster,made_on,target,measure,predicted,actual,actual_period,result,brier,probability,flags,source,source_url,actual_source,actual_source_url,rule');
    expect(lines[1]).toMatch(/^'=Gartner,2001-10,2003,"Enterprise penetration in enterprises, WW",70%,70%,2003-12-31,Hit,,,The sources note that their definitions differ\.,/);
    expect(lines[1]).toContain('Gartner, 2004-04-26 — Chicago Tribune');
    expect(lines[2]).toContain(',Unscored,,,Nothing in the data measures the market as a whole in WW for 2010.,');
  });
});
