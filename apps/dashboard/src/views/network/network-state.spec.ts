import { describe, expect, it } from 'vitest';
import { endOfMonth, monthsBetween, networkChanges, readNetworkState } from './network-state';

describe('network state in the URL', () => {
  it('reads the date, kinds and selection back from what it wrote', () => {
    const changes = networkChanges({ at: '2001-10', kinds: ['investment', 'technology'], selected: { kind: 'node', id: 'vendor:15' } });
    expect(changes).toEqual({ at: '2001-10', kinds: 'investment,technology', selected: 'node:vendor:15' });
    const params = new URLSearchParams(changes as Record<string, string>);
    expect(readNetworkState(params)).toEqual({ at: '2001-10', kinds: ['investment', 'technology'], selected: { kind: 'node', id: 'vendor:15' } });
  });

  it('says “none” when every kind is switched off, and leaves all kinds out of the URL', () => {
    expect(networkChanges({ kinds: [] })).toEqual({ kinds: 'none' });
    expect(readNetworkState(new URLSearchParams('kinds=none')).kinds).toEqual([]);
    expect(networkChanges({ kinds: ['pc_to_phone_termination', 'equipment_supply', 'network_carriage', 'investment', 'technology', 'distribution'] })).toEqual({ kinds: null });
    expect(readNetworkState(new URLSearchParams('at=2001-13')).at).toBeNull();
  });
});

describe('slider months', () => {
  it('runs month by month from the first date to the last', () => {
    expect(monthsBetween('1999-04-01', '1999-07-15')).toEqual(['1999-04', '1999-05', '1999-06', '1999-07']);
    expect(monthsBetween('1999-11-01', '2000-02-01')).toEqual(['1999-11', '1999-12', '2000-01', '2000-02']);
    expect(endOfMonth('2001-02')).toBe('2001-02-28');
    expect(endOfMonth('2004-02')).toBe('2004-02-29');
  });
});
