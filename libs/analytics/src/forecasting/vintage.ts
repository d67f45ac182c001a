/**
 * Vintages: a forecast made "as of" a point in the series sees only the data up to it (its vintage), and is
 * shown beside the actuals that came later — how the forecast would have looked at the time, and how it did.
 * `asOf` is the 0-based index of the last observation the model may see, or a period label: then the last
 * period at or before it, comparing labels as strings (ISO-style labels of one format — 1955, 1955-06,
 * 1955-06-30 — sort correctly that way; the periods must be in increasing order).
 */
import {
  predictionIntervals,
  type IntervalFailure,
  type IntervalOptions,
  type PredictionIntervals,
} from './bootstrap-intervals.js';
import { type ForecastModel } from './forecast-model.js';
import { assertHorizon } from './holt-damped.js';
import { assertFiniteSeries } from './nonlinear-fit.js';

export interface VintageSeries {
  values: readonly number[];
  /** Period labels, one per value, increasing. */
  periods?: readonly string[];
}

export interface VintageOptions {
  /** Periods to forecast; default: as many as the series has after the vintage (at least 1). */
  horizon?: number;
  /** Bands for the forecast (predictionIntervals: bootstrap, or parametric t with few residuals). */
  intervals?: Omit<IntervalOptions, 'horizon'>;
}

export interface Vintage {
  /** Index of the last observation seen. */
  index: number;
  period: string | null;
}

export interface VintagePoint {
  step: number;
  index: number;
  /** null past the end of the known periods (no calendar arithmetic here). */
  period: string | null;
  forecast: number;
  /** What happened, when the series knows it. */
  actual: number | null;
  /** actual − forecast. */
  error: number | null;
}

export interface VintageForecast {
  status: 'ok';
  model: string;
  vintage: Vintage;
  points: VintagePoint[];
  intervals: PredictionIntervals | IntervalFailure | null;
  warnings: readonly string[];
}

export interface VintageFailure {
  status: 'failed';
  model: string;
  vintage: Vintage;
  reason: string;
}

/** The index of the last observation at or before `asOf`. */
export function resolveVintage(series: VintageSeries, asOf: number | string): Vintage {
  const { values, periods } = series;
  if (periods !== undefined) {
    if (periods.length !== values.length) {
      throw new Error(`periods (${periods.length}) and values (${values.length}) must have the same length`);
    }
    periods.forEach((period, i) => {
      if (i > 0 && !(period > (periods[i - 1] ?? ''))) {
        throw new Error(`periods must increase; '${period}' at index ${i} follows '${periods[i - 1]}'`);
      }
    });
  }
  if (typeof asOf === 'number') {
    if (!Number.isInteger(asOf) || asOf < 0 || asOf >= values.length) {
      throw new Error(`asOf index must be an integer in 0..${values.length - 1}, not ${asOf}`);
    }
    return { index: asOf, period: periods?.[asOf] ?? null };
  }
  if (periods === undefined) throw new Error(`asOf '${asOf}' is a period label but the series has no periods`);
  let index = -1;
  periods.forEach((period, i) => {
    if (period <= asOf) index = i;
  });
  if (index < 0) throw new Error(`asOf '${asOf}' precedes the first period '${periods[0]}'`);
  return { index, period: periods[index] ?? null };
}

export function forecastAsOf(
  series: VintageSeries,
  model: ForecastModel,
  asOf: number | string,
  options: VintageOptions = {},
): VintageForecast | VintageFailure {
  assertFiniteSeries(series.values, 'vintage series values');
  const vintage = resolveVintage(series, asOf);
  const seen = series.values.slice(0, vintage.index + 1);
  if (seen.length < model.minimumLength) {
    throw new Error(`as of index ${vintage.index} the series has ${seen.length} values; ${model.name} needs ${model.minimumLength}`);
  }
  const horizon = options.horizon ?? Math.max(1, series.values.length - seen.length);
  assertHorizon(horizon);
  const fit = model.fit(seen);
  if (fit.status === 'failed') return { status: 'failed', model: model.name, vintage, reason: fit.reason };
  const forecasts = fit.forecast(horizon);
  const points = forecasts.map((forecast, i) => {
    const index = vintage.index + 1 + i;
    const actual = series.values[index] ?? null;
    return {
      step: i + 1,
      index,
      period: series.periods?.[index] ?? null,
      forecast,
      actual,
      error: actual === null ? null : actual - forecast,
    };
  });
  const intervals = options.intervals
    ? predictionIntervals(fit, { ...options.intervals, horizon })
    : null;
  return { status: 'ok', model: model.name, vintage, points, intervals, warnings: fit.warnings };
}
