/**
 * What the expensive fields cost against MAX_QUERY_COST (a plain field costs 1), each added to
 * what the field's own selection costs. Resolvers declare theirs with Nest's `complexity` option,
 * so 999 aliases of a forecast cost 999 forecasts.
 */
export const FieldCost = {
  /** One indexed SQL lookup (a series' points). */
  lookup: 10,
  /** An SQL aggregate over every current observation (the series catalog, the share views, the scorecard). */
  scan: 100,
  /** One model fit or effect estimate in a worker thread (a Bass scenario, an interrupted time series). */
  fit: 100,
  /** Each donor of a synthetic control: one more placebo fit. */
  donor: 20,
  /** Shares of one panel: a scan of its observations and the largest responses the API builds. */
  shares: 400,
  /** A forecast: a rolling-origin backtest of every candidate model and a bootstrap; seconds of CPU uncached. */
  forecast: 500,
} as const;
