import { formatQuantity } from '@marketlens/domain';
import type { ForecastChoicesQuery, MarketShareQuery, MarketShareViewsQuery } from '../../gql/graphql';
import { ROUTES } from '../../router/paths';
import { withParams } from '../../router/search-params';
import type { Forecast } from '../../forecasting/forecast-data';
import { explorerChanges } from '../../market-share/explorer-state';

export type ShareView = MarketShareViewsQuery['marketShareViews'][number];
export type MarketShare = MarketShareQuery['marketShare'];
type SeriesSummary = ForecastChoicesQuery['seriesCatalog'][number];
type ForecastPoint = Forecast['points'][number];

export interface Leader {
  readonly name: string;
  readonly share: number;
  readonly stated: string;
  readonly period: string;
  readonly compared: number;
}

/** The largest product of the view's latest period (the API lists a period's entries largest first). */
export function leaderOf(share: MarketShare): Leader | null {
  const period = share.periods[share.periods.length - 1];
  const top = period?.entries[0];
  if (!period || !top) return null;
  return { name: top.product.name, share: top.share, stated: formatQuantity(top.originalValue, top.originalUnit), period: period.label, compared: period.entries.length };
}

/** How the 1992 US merger guidelines (in force over 1997–2006) read an HHI. */
export function concentrationReading(hhi: number): string {
  if (hhi > 1800) return 'highly concentrated';
  if (hhi >= 1000) return 'moderately concentrated';
  return 'unconcentrated';
}

/** The explorer's address showing exactly this view. */
export function explorerHref(view: Pick<ShareView, 'metric' | 'segment' | 'geography' | 'source'>): string {
  return `${ROUTES.marketShare}${withParams('', explorerChanges({ metric: view.metric, segment: view.segment, geography: view.geography, source: view.source.id }))}`;
}

/**
 * The enterprise-penetration series to forecast: market-wide ("All IM" first), enterprises, worldwide,
 * with the most points (the catalog is longest first); panels are never pooled.
 */
export function enterpriseSeries(catalog: readonly SeriesSummary[]): SeriesSummary | undefined {
  const candidates = catalog.filter((series) => series.metric === 'enterprise_penetration' && series.segment === 'enterprise' && series.geography === 'WW');
  return candidates.find((series) => series.product === 'All IM' && series.points >= 2) ?? candidates[0];
}

const addYears = (iso: string, years: number): string => `${Number(iso.slice(0, 4)) + years}${iso.slice(4, 10)}`;

export interface YearAhead {
  readonly years: number;
  /** The period that far after the last measurement. */
  readonly start: string;
  /** The forecast for it; null when the forecast does not reach it. */
  readonly point: ForecastPoint | null;
}

/** The forecast one, two and three years after the last measurement, where it reaches. */
export function yearsAhead(forecast: Forecast, years: readonly number[] = [1, 2, 3]): YearAhead[] {
  const last = forecast.history[forecast.history.length - 1];
  if (!last) return [];
  return years.map((count) => {
    const start = addYears(last.start, count);
    return { years: count, start, point: forecast.points.find((point) => point.start === start) ?? null };
  });
}
