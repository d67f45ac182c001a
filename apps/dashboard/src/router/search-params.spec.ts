import { describe, expect, it } from 'vitest';
import { withParams } from './search-params';

describe('withParams', () => {
  it('sets, replaces and removes keys, keeping the others', () => {
    expect(withParams('?metric=unique_users&from=2001-01', { from: '2000-01', to: '2002-12' })).toBe('?metric=unique_users&from=2000-01&to=2002-12');
    expect(withParams('?metric=unique_users&from=2001-01', { from: null, metric: '' })).toBe('');
  });

  it('encodes values that are not URL-safe', () => {
    expect(withParams('', { series: '3:unique_users:home:US:Nielsen//NetRatings' })).toBe('?series=3%3Aunique_users%3Ahome%3AUS%3ANielsen%2F%2FNetRatings');
  });
});
