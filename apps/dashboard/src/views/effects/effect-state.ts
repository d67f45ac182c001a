import type { EffectMethod, EffectChoicesQuery } from '../../gql/graphql';
import { seriesKey } from '../../series/series-key';
import type { ParamChanges } from '../../router/search-params';

export type SeriesSummary = EffectChoicesQuery['seriesCatalog'][number];
export type EffectEvent = EffectChoicesQuery['events'][number];
export type MethodName = 'its' | 'did' | 'synthetic';

export const METHODS: Readonly<Record<MethodName, { api: EffectMethod; label: string; explanation: string }>> = {
  its: { api: 'INTERRUPTED_TIME_SERIES', label: 'Interrupted time series', explanation: 'Counterfactual from the series’ own trend before the event.' },
  did: { api: 'DIFFERENCE_IN_DIFFERENCES', label: 'Difference-in-differences', explanation: 'Counterfactual from a control series, shifted by the gap before the event.' },
  synthetic: { api: 'SYNTHETIC_CONTROL', label: 'Synthetic control', explanation: 'Counterfactual from a weighted mix of donor series fitted before the event.' },
};

/** The bundling-effect view's choices, as its URL says them. */
export interface EffectState {
  readonly event: string | null;
  readonly series: string | null;
  readonly method: MethodName;
  readonly control: string | null;
  readonly donors: readonly string[];
}

export function readEffectState(params: URLSearchParams): EffectState {
  const method = params.get('method');
  const event = params.get('event');
  return {
    event: event && /^\d{1,9}$/.test(event) ? event : null,
    series: params.get('series'),
    method: method === 'did' || method === 'synthetic' ? method : 'its',
    control: params.get('control'),
    donors: (params.get('donors') ?? '').split(',').filter(Boolean),
  };
}

export function effectChanges(changes: Partial<EffectState>): ParamChanges {
  const out: Record<string, string | null> = {};
  if (changes.event !== undefined) out['event'] = changes.event;
  if (changes.series !== undefined) out['series'] = changes.series;
  if (changes.method !== undefined) out['method'] = changes.method === 'its' ? null : changes.method;
  if (changes.control !== undefined) out['control'] = changes.control;
  if (changes.donors !== undefined) out['donors'] = changes.donors.join(',') || null;
  return out;
}

const spans = (series: SeriesSummary, date: string): boolean => series.firstPeriod < date && series.lastPeriod >= date;

/** The event to open with: the one in the URL, else the first bundling (Windows XP), else the first. */
export function chooseEvent(events: readonly EffectEvent[], wanted: string | null): EffectEvent | undefined {
  return events.find((event) => event.id === wanted) ?? events.find((event) => event.kind === 'bundling') ?? events[0];
}

/**
 * The series to open with: the one in the URL, else the longest series with points on both sides of the
 * event, else the longest series of a product the event names, else the longest of all.
 */
export function chooseSeries(catalog: readonly SeriesSummary[], event: EffectEvent | undefined, wanted: string | null): SeriesSummary | undefined {
  const found = catalog.find((series) => seriesKey(series) === wanted);
  if (found || !event) return found ?? catalog[0];
  const products = new Set(event.products.map((product) => product.id));
  const byLength = [...catalog].sort((a, b) => b.points - a.points);
  return byLength.find((series) => spans(series, event.start)) ?? byLength.find((series) => products.has(series.productId)) ?? byLength[0];
}

/** Controls and donors: other series of the same metric, those sharing segment and geography first. */
export function comparisonCandidates(catalog: readonly SeriesSummary[], treated: SeriesSummary): SeriesSummary[] {
  const same = (series: SeriesSummary) => (series.segment === treated.segment ? 0 : 1) + (series.geography === treated.geography ? 0 : 1);
  return catalog.filter((series) => series.metric === treated.metric && seriesKey(series) !== seriesKey(treated)).sort((a, b) => same(a) - same(b) || b.points - a.points);
}
