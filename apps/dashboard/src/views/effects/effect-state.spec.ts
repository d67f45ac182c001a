import { describe, expect, it } from 'vitest';
import { parseSeriesKey, seriesKey } from '../../series/series-key';
import { chooseEvent, chooseSeries, comparisonCandidates, effectChanges, readEffectState, type EffectEvent, type SeriesSummary } from './effect-state';

const series = (productId: string, product: string, points: number, firstPeriod: string, lastPeriod: string, extra: Partial<SeriesSummary> = {}): SeriesSummary => ({
  productId,
  product,
  metric: 'unique_users',
  segment: 'home',
  geography: 'US',
  panel: 'Nielsen//NetRatings',
  points,
  firstPeriod,
  lastPeriod,
  ...extra,
});

const XP: EffectEvent = { id: '9', date: '2001-10-25', start: '2001-10-25', kind: 'bundling', title: 'Windows XP launches', description: null, products: [{ id: '4' }], source: { id: '1', title: 'seed', url: null, publisher: null, published: null } };
const CATALOG = [series('36', 'clothes dryers (US)', 13, '1949-01-01', '1961-01-01', { metric: 'adopters' }), series('2', 'ICQ', 4, '1998-06-08', '2001-11-01'), series('4', 'Windows Messenger', 2, '2002-01-01', '2003-01-01'), series('3', 'MSN Messenger', 2, '2000-09-01', '2001-09-01', { segment: 'work' })];

describe('series keys', () => {
  it('round-trip through the URL, panels with slashes and colons included', () => {
    const key = seriesKey({ productId: '3', metric: 'unique_users', segment: 'home', geography: 'US', panel: 'Nielsen//NetRatings: home panel' });
    expect(key).toBe('3:unique_users:home:US:Nielsen%2F%2FNetRatings%3A%20home%20panel');
    expect(parseSeriesKey(key)).toEqual({ productId: '3', metric: 'unique_users', segment: 'home', geography: 'US', panel: 'Nielsen//NetRatings: home panel' });
    expect(parseSeriesKey('3:unique_users:home')).toBeNull();
    expect(parseSeriesKey('x:unique_users:home:US:panel')).toBeNull();
  });

  it('reads and writes the view’s choices', () => {
    expect(readEffectState(new URLSearchParams('event=9&method=did&control=a&donors=a,b'))).toEqual({ event: '9', series: null, method: 'did', control: 'a', donors: ['a', 'b'] });
    expect(readEffectState(new URLSearchParams('event=x&method=magic')).method).toBe('its');
    expect(effectChanges({ method: 'its', donors: [] })).toEqual({ method: null, donors: null });
  });
});

describe('default choices', () => {
  it('opens the Windows XP bundling and the longest series with points on both sides of it', () => {
    const event = chooseEvent([{ ...XP, id: '1', kind: 'launch' }, XP], null);
    expect(event?.id).toBe('9');
    expect(chooseSeries(CATALOG, event, null)?.product).toBe('ICQ');
    expect(chooseSeries(CATALOG, event, seriesKey(CATALOG[2]!))?.product).toBe('Windows Messenger');
  });

  it('offers controls and donors of the same metric, the same segment and geography first', () => {
    expect(comparisonCandidates(CATALOG, CATALOG[1]!).map((candidate) => candidate.product)).toEqual(['Windows Messenger', 'MSN Messenger']);
  });
});
