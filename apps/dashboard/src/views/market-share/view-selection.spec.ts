import { describe, expect, it } from 'vitest';
import { selectView } from './view-selection';
import type { ShareView } from './view-label';

const view = (metric: ShareView['metric'], segment: ShareView['segment'], geography: string, id: string): ShareView => ({
  metric,
  segment,
  geography,
  productCount: 3,
  periodCount: 2,
  firstPeriod: '2000-09-01',
  lastPeriod: '2001-09-01',
  source: { id, title: `Source ${id}`, publisher: `Panel ${id}`, published: null },
});

const VIEWS = [view('unique_users', 'all', 'US', '15'), view('unique_users', 'home', 'US', '13'), view('unique_users', 'home', 'US', '17'), view('minutes', 'all', 'WW', '84')];
const none = { metric: null, segment: null, geography: null, source: null, compare: null };

describe('selectView', () => {
  it('opens the richest view when the URL chooses nothing', () => {
    const selection = selectView(VIEWS, none);
    expect(selection.view.source.id).toBe('15');
    expect(selection.metrics).toEqual(['unique_users', 'minutes']);
    expect(selection.segments).toEqual(['all', 'home']);
  });

  it('offers only the sources of the chosen metric, segment and geography, and a second one to compare', () => {
    const selection = selectView(VIEWS, { ...none, metric: 'unique_users', segment: 'home', geography: 'US', source: '17', compare: '13' });
    expect(selection.sources.map((candidate) => candidate.source.id)).toEqual(['13', '17']);
    expect(selection.view.source.id).toBe('17');
    expect(selection.compare?.source.id).toBe('13');
  });

  it('falls back to the first valid option for a choice that does not exist, and never compares a source with itself', () => {
    const selection = selectView(VIEWS, { ...none, metric: 'minutes', segment: 'home', source: '13', compare: '84' });
    expect([selection.view.metric, selection.view.segment, selection.view.source.id]).toEqual(['minutes', 'all', '84']);
    expect(selection.compare).toBeNull();
  });
});
