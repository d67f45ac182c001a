/**
 * Rolling-origin backtests: at each origin (training length L = minimum … n − 1) the model is refitted on
 * y(1..L) alone and forecasts h = 1..H ahead (fewer near the end); the forecasts are scored against what
 * happened. Metrics by horizon and overall:
 * - MAPE, in percent: mean |error| / |actual| (actuals equal to 0 are left out);
 * - MASE: mean |error| / scale(L), scale(L) the in-sample one-step naive MAE of that origin's training data
 *   (Hyndman & Koehler 2006) — each forecast is scaled by what its own origin could know;
 * - coverage of the 80% and 95% bands, when intervals are asked for (predictionIntervals: bootstrap, or
 *   parametric t with few residuals; seed + L at origin L).
 */
import { predictionIntervals, type IntervalOptions } from './bootstrap-intervals.js';
import { type ForecastModel } from './forecast-model.js';
import { assertHorizon } from './holt-damped.js';
import { assertFiniteSeries } from './nonlinear-fit.js';

export interface BacktestOptions {
  /** Length of the first training window; at least the model's minimumLength. */
  minimumTrainingLength: number;
  /** Largest forecast horizon H. */
  horizon: number;
  /** Bands at each origin, for coverage; omitted, coverage is null. */
  intervals?: { replicates?: number; seed?: number; method?: IntervalOptions['method'] };
}

export interface BacktestForecast {
  /** Training length L: the forecast saw y(1..L). */
  origin: number;
  step: number;
  /** 0-based index of the forecast period in the series. */
  index: number;
  actual: number;
  point: number;
  /** |error| / |actual|, null when the actual is 0. */
  percentError: number | null;
  /** |error| / scale(L), null when the training data never moved. */
  scaledError: number | null;
  inside80: boolean | null;
  inside95: boolean | null;
}

export interface AccuracySummary {
  forecasts: number;
  /** Percent. */
  mape: number | null;
  mase: number | null;
  coverage80: number | null;
  coverage95: number | null;
}

export interface BacktestResult {
  model: string;
  /** Every origin tried (training lengths). */
  origins: number[];
  failures: { origin: number; reason: string }[];
  forecasts: BacktestForecast[];
  byHorizon: (AccuracySummary & { step: number })[];
  overall: AccuracySummary;
  warnings: string[];
}

/** The in-sample one-step naive MAE: mean |y(t) − y(t−1)|. */
export function naiveScale(training: readonly number[]): number {
  if (training.length < 2) throw new Error(`the naive scale needs at least 2 values; got ${training.length}`);
  let total = 0;
  for (let t = 1; t < training.length; t++) total += Math.abs((training[t] ?? NaN) - (training[t - 1] ?? NaN));
  return total / (training.length - 1);
}

const meanOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

export function summarizeAccuracy(forecasts: readonly BacktestForecast[]): AccuracySummary {
  const present = <T>(values: readonly (T | null)[]): T[] => values.filter((v): v is T => v !== null);
  const mape = meanOf(present(forecasts.map((f) => f.percentError)));
  const share = (flags: (boolean | null)[]): number | null => meanOf(present(flags).map((inside) => (inside ? 1 : 0)));
  return {
    forecasts: forecasts.length,
    mape: mape === null ? null : 100 * mape,
    mase: meanOf(present(forecasts.map((f) => f.scaledError))),
    coverage80: share(forecasts.map((f) => f.inside80)),
    coverage95: share(forecasts.map((f) => f.inside95)),
  };
}

export function assertBacktestOptions(series: readonly number[], model: ForecastModel, options: BacktestOptions): void {
  assertFiniteSeries(series, 'backtest series values');
  assertHorizon(options.horizon);
  const minimum = options.minimumTrainingLength;
  const floor = Math.max(model.minimumLength, 2);
  if (!Number.isInteger(minimum) || minimum < floor) {
    throw new Error(`minimumTrainingLength must be an integer of at least ${floor} for ${model.name}, not ${minimum}`);
  }
  if (minimum > series.length - 1) {
    throw new Error(`minimumTrainingLength ${minimum} leaves nothing to forecast in a series of ${series.length} values`);
  }
}

export function rollingOriginBacktest(
  series: readonly number[],
  model: ForecastModel,
  options: BacktestOptions,
): BacktestResult {
  assertBacktestOptions(series, model, options);
  const origins: number[] = [];
  const failures: { origin: number; reason: string }[] = [];
  const forecasts: BacktestForecast[] = [];
  const warnings: string[] = [];
  for (let origin = options.minimumTrainingLength; origin < series.length; origin++) {
    origins.push(origin);
    const training = series.slice(0, origin);
    const fit = model.fit(training);
    if (fit.status === 'failed') {
      failures.push({ origin, reason: fit.reason });
      continue;
    }
    const steps = Math.min(options.horizon, series.length - origin);
    const points = fit.forecast(steps);
    const bands = options.intervals
      ? predictionIntervals(fit, {
          horizon: steps,
          ...(options.intervals.replicates === undefined ? {} : { replicates: options.intervals.replicates }),
          ...(options.intervals.method === undefined ? {} : { method: options.intervals.method }),
          seed: (options.intervals.seed ?? 1) + origin,
        })
      : null;
    if (bands?.status === 'failed') warnings.push(`origin ${origin}: ${bands.reason}`);
    const scale = naiveScale(training);
    if (scale === 0) warnings.push(`origin ${origin}: the training data never moved, so MASE is undefined there`);
    for (let step = 1; step <= steps; step++) {
      const index = origin + step - 1;
      const actual = series[index] ?? NaN;
      const point = points[step - 1] ?? NaN;
      const error = Math.abs(actual - point);
      const band = bands?.status === 'ok' ? bands.bands[step - 1] : undefined;
      forecasts.push({
        origin,
        step,
        index,
        actual,
        point,
        percentError: actual === 0 ? null : error / Math.abs(actual),
        scaledError: scale === 0 ? null : error / scale,
        inside80: band ? actual >= band.lower80 && actual <= band.upper80 : null,
        inside95: band ? actual >= band.lower95 && actual <= band.upper95 : null,
      });
    }
  }
  const byHorizon = Array.from({ length: options.horizon }, (_, i) => ({
    step: i + 1,
    ...summarizeAccuracy(forecasts.filter((f) => f.step === i + 1)),
  }));
  if (forecasts.some((f) => f.percentError === null)) warnings.push('actuals equal to 0 are left out of MAPE');
  return { model: model.name, origins, failures, forecasts, byHorizon, overall: summarizeAccuracy(forecasts), warnings };
}
