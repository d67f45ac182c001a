import type { ForecastModelName } from '../gql/graphql';
import { ROUTES } from '../router/paths';
import type { ParamChanges } from '../router/search-params';

/** The models the API offers; AUTO picks among them by rolling-origin backtest. */
export const MODELS: ReadonlyArray<readonly [ForecastModelName, string]> = [
  ['AUTO', 'Automatic: best in the backtest'],
  ['BASS', 'Bass'],
  ['BASS_DENSITY', 'Bass (density form)'],
  ['BASS_OLS', 'Bass (OLS)'],
  ['LOGISTIC', 'Logistic'],
  ['GOMPERTZ', 'Gompertz'],
  ['HOLT_DAMPED', 'Damped Holt'],
  ['NAIVE', 'Naive (last value)'],
];

/** The API's limit on the periods a forecast runs ahead. */
export const MAX_HORIZON = 20;
export const DEFAULT_HORIZON = 5;

/** The forecast view's choices, as its URL says them. */
export interface ForecastState {
  readonly series: string | null;
  readonly model: ForecastModelName;
  readonly horizon: number;
  /** The vintage: fit only on data up to this day (ISO); null for all the data. */
  readonly asOf: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readForecastState(params: URLSearchParams): ForecastState {
  const model = MODELS.find(([name]) => name === params.get('model')?.toUpperCase())?.[0] ?? 'AUTO';
  const horizon = Number(params.get('horizon'));
  const asOf = params.get('asOf');
  return {
    series: params.get('series'),
    model,
    horizon: Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_HORIZON ? horizon : DEFAULT_HORIZON,
    asOf: asOf && DAY.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
  };
}

/** The query-string changes that set part of the state (defaults are left out of the URL). */
export function forecastChanges(changes: Partial<ForecastState>): ParamChanges {
  const out: Record<string, string | null> = {};
  if (changes.series !== undefined) out['series'] = changes.series;
  if (changes.model !== undefined) out['model'] = changes.model === 'AUTO' ? null : changes.model.toLowerCase();
  if (changes.horizon !== undefined) out['horizon'] = changes.horizon === DEFAULT_HORIZON ? null : String(changes.horizon);
  if (changes.asOf !== undefined) out['asOf'] = changes.asOf;
  return out;
}

/** The forecast view's address for a series (the overview links here). */
export function forecastHref(series: string, options: { horizon?: number; asOf?: string | null } = {}): string {
  const params = new URLSearchParams({ series });
  if (options.horizon && options.horizon !== DEFAULT_HORIZON) params.set('horizon', String(options.horizon));
  if (options.asOf) params.set('asOf', options.asOf);
  return `${ROUTES.forecasts}?${params.toString()}`;
}
