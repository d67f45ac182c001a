import { useQuery, type QueryState } from '../../hooks/use-query';
import type { ForecastQuery } from '../../gql/graphql';
import { parseSeriesKey, seriesKey } from '../../series/series-key';
import { MAX_HORIZON } from '../../forecasting/forecast-state';
import { ForecastChoicesQuery, ForecastQuery as ForecastDocument } from '../../forecasting/operations';
import { enterpriseSeries } from './overview-data';

export interface EnterpriseOutlook {
  /** The series' key word for links; null when no enterprise-penetration series is loaded. */
  readonly key: string | null;
  readonly forecast: QueryState<ForecastQuery>;
  readonly missing: boolean;
}

/** The enterprise-penetration series and its forecast as far ahead as the API goes (AUTO: chosen by backtest). */
export function useEnterpriseOutlook(): EnterpriseOutlook {
  const catalog = useQuery(ForecastChoicesQuery, {});
  const series = catalog.status === 'done' ? enterpriseSeries(catalog.data.seriesCatalog) : undefined;
  const key = series ? seriesKey(series) : null;
  const forecast = useQuery(ForecastDocument, key ? { input: { series: parseSeriesKey(key)!, model: 'AUTO', horizon: MAX_HORIZON } } : null);
  const missing = catalog.status === 'done' && !series;
  const state: QueryState<ForecastQuery> = catalog.status === 'error' ? catalog : forecast;
  return { key, forecast: state, missing };
}
