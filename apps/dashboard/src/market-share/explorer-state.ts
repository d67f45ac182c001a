import type { ParamChanges } from '../router/search-params';

export type Layout = 'stacked' | 'lines';
export type Measure = 'share' | 'amount';
export type PeriodGranularity = 'month' | 'quarter' | 'year';

/** Everything the market-share explorer shows, as its URL says it. */
export interface ExplorerState {
  readonly metric: string | null;
  readonly segment: string | null;
  readonly geography: string | null;
  readonly source: string | null;
  /** A second source shown beside the first (never mixed with it). */
  readonly compare: string | null;
  /** Period range, months `YYYY-MM`, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  /** Only periods reported at this granularity; null for every period as reported. */
  readonly granularity: PeriodGranularity | null;
  readonly layout: Layout;
  readonly measure: Measure;
  readonly events: boolean;
  /** The brushed part of the time axis, ISO days (`zoom=2001-01-01..2001-12-31`). */
  readonly zoom: readonly [string, string] | null;
  /** Product ids switched off in the legend. */
  readonly hidden: readonly string[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{1,9}$/;

const pick = <Value extends string>(value: string | null, allowed: readonly Value[]): Value | null => (value !== null && (allowed as readonly string[]).includes(value) ? (value as Value) : null);
const matching = (value: string | null, pattern: RegExp): string | null => (value !== null && pattern.test(value) ? value : null);

/** Reads the state from a query string; a value that does not parse is ignored (the default applies). */
export function readExplorerState(params: URLSearchParams): ExplorerState {
  const zoom = (params.get('zoom') ?? '').split('..');
  const zoomOk = zoom.length === 2 && DAY.test(zoom[0]!) && DAY.test(zoom[1]!) && zoom[0]! < zoom[1]!;
  return {
    metric: matching(params.get('metric'), /^[a-z_]{2,40}$/),
    segment: matching(params.get('segment'), /^[a-z_]{2,20}$/),
    geography: matching(params.get('geo'), /^[A-Z0-9]{2,5}$/),
    source: matching(params.get('source'), ID),
    compare: matching(params.get('compare'), ID),
    from: matching(params.get('from'), MONTH),
    to: matching(params.get('to'), MONTH),
    granularity: pick(params.get('granularity'), ['month', 'quarter', 'year'] as const),
    layout: pick(params.get('layout'), ['stacked', 'lines'] as const) ?? 'stacked',
    measure: pick(params.get('measure'), ['share', 'amount'] as const) ?? 'share',
    events: params.get('events') !== 'off',
    zoom: zoomOk ? [zoom[0]!, zoom[1]!] : null,
    hidden: (params.get('hide') ?? '').split(',').filter((id) => ID.test(id)),
  };
}

/** The query-string changes that set part of the state (defaults are left out of the URL). */
export function explorerChanges(changes: Partial<ExplorerState>): ParamChanges {
  const out: Record<string, string | null> = {};
  const set = (key: string, value: string | null | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('metric', changes.metric);
  set('segment', changes.segment);
  set('geo', changes.geography);
  set('source', changes.source);
  set('compare', changes.compare);
  set('from', changes.from);
  set('to', changes.to);
  set('granularity', changes.granularity);
  if (changes.layout) set('layout', changes.layout === 'stacked' ? null : changes.layout);
  if (changes.measure) set('measure', changes.measure === 'share' ? null : changes.measure);
  if (changes.events !== undefined) set('events', changes.events ? null : 'off');
  if (changes.zoom !== undefined) set('zoom', changes.zoom ? changes.zoom.join('..') : null);
  if (changes.hidden) set('hide', changes.hidden.join(',') || null);
  return out;
}

/** The API's inclusive period-start bounds for a month range: from its first day to the last day of `to`. */
export function periodBounds(from: string | null, to: string | null): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  if (from) bounds.from = `${from}-01`;
  if (to) {
    const [year, month] = to.split('-').map(Number) as [number, number];
    bounds.to = `${to}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return bounds;
}

/** The time span the requested range covers (for the chart's axis), or null when a bound is open. */
export function requestedSpan(from: string | null, to: string | null): [Date, Date] | null {
  if (!from || !to || from > to) return null;
  const [year, month] = to.split('-').map(Number) as [number, number];
  return [new Date(`${from}-01T00:00:00Z`), new Date(Date.UTC(year, month, 1))];
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const utcDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
