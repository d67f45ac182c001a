import type { SeriesKeyInput } from '../gql/graphql';

/** What names one series: product, metric, segment, geography and the panel that measured it. */
export interface SeriesIdentity {
  readonly productId: string;
  readonly metric: string;
  readonly segment: string;
  readonly geography: string;
  readonly panel: string;
}

/** A series as one URL-safe word: `productId:metric:segment:geography:panel` (panel percent-encoded). */
export function seriesKey(series: SeriesIdentity): string {
  return [series.productId, series.metric, series.segment, series.geography, encodeURIComponent(series.panel)].join(':');
}

/** The API's series key for a key word; null when it does not parse. */
export function parseSeriesKey(key: string): SeriesKeyInput | null {
  const parts = key.split(':');
  if (parts.length !== 5 || !/^\d{1,9}$/.test(parts[0]!)) return null;
  try {
    return { productId: parts[0]!, metric: parts[1] as SeriesKeyInput['metric'], segment: parts[2] as SeriesKeyInput['segment'], geography: parts[3]!, panel: decodeURIComponent(parts[4]!) };
  } catch {
    return null;
  }
}
