import { describe, expect, it } from 'vitest';
import { explorerChanges, periodBounds, readExplorerState, requestedSpan } from './explorer-state';

describe('explorer state in the URL', () => {
  it('reads every choice back from the query string it wrote', () => {
    const changes = explorerChanges({ metric: 'unique_users', segment: 'home', geography: 'US', source: '13', compare: '17', from: '2000-01', to: '2002-12', granularity: 'month', layout: 'lines', measure: 'amount', events: false, zoom: ['2001-01-01', '2001-12-31'], hidden: ['3', '5'] });
    const params = new URLSearchParams(Object.entries(changes).filter((entry): entry is [string, string] => entry[1] !== null));
    expect(readExplorerState(params)).toEqual({ metric: 'unique_users', segment: 'home', geography: 'US', source: '13', compare: '17', from: '2000-01', to: '2002-12', granularity: 'month', layout: 'lines', measure: 'amount', events: false, zoom: ['2001-01-01', '2001-12-31'], hidden: ['3', '5'] });
  });

  it('leaves defaults out of the URL and ignores values that do not parse', () => {
    expect(explorerChanges({ layout: 'stacked', measure: 'share', events: true, zoom: null, hidden: [] })).toEqual({ layout: null, measure: null, events: null, zoom: null, hide: null });
    const state = readExplorerState(new URLSearchParams('from=2001-13&geo=us&source=abc&zoom=2002-01-01..2001-01-01&hide=1,x&granularity=week&layout=pie'));
    expect(state).toMatchObject({ from: null, geography: null, source: null, zoom: null, hidden: ['1'], granularity: null, layout: 'stacked' });
  });

  it('turns a month range into inclusive period-start bounds and the span the axis covers', () => {
    expect(periodBounds('2000-01', '2002-02')).toEqual({ from: '2000-01-01', to: '2002-02-28' });
    expect(periodBounds(null, null)).toEqual({});
    expect(requestedSpan('2000-01', '2002-12')?.map((date) => date.toISOString().slice(0, 10))).toEqual(['2000-01-01', '2003-01-01']);
    expect(requestedSpan('2002-01', '2000-12')).toBeNull();
  });
});
