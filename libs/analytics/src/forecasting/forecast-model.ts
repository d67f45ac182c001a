/**
 * The common shape of a forecasting model, so bootstrap intervals, backtests, model comparison and vintages
 * work the same way for Bass, logistic, Gompertz, Holt and the naive baseline.
 */
import { type FitFailure } from './nonlinear-fit.js';
import { randomIndex, type RandomSource } from './random.js';

/** What a series counts: adoptions (sales) per period, or the cumulative total (installed base). */
export type SeriesScale = 'adoptions' | 'cumulative';

export interface ForecastModel {
  readonly name: string;
  /** Estimated parameters (used to inflate bootstrap residuals and to break ties between models). */
  readonly parameterCount: number;
  /** Shortest series the model can be fitted to. */
  readonly minimumLength: number;
  /** Fits the series (values in period order); bad input throws, a fit that fails returns a FitFailure. */
  fit(series: readonly number[]): FittedForecast | FitFailure;
}

export interface FittedForecast {
  readonly status: 'converged';
  readonly model: string;
  readonly parameters: Readonly<Record<string, number>>;
  readonly parameterCount: number;
  /** In-sample residuals on the scale the model was fitted on. */
  readonly residuals: readonly number[];
  readonly warnings: readonly string[];
  /** Point forecasts for the next `horizon` periods, on the scale of the series that was fitted. */
  forecast(horizon: number): number[];
  /** One bootstrap future of `horizon` periods on the same scale, or null when the replicate's refit failed. */
  samplePath(horizon: number, random: RandomSource): number[] | null;
  /**
   * Standard errors of the forecast errors at h = 1..horizon (on the scale of the series) under the model's
   * own Gaussian assumptions, with the degrees of freedom of its residual variance — for parametric t
   * intervals when there are too few residuals to bootstrap; null when the model cannot say.
   */
  forecastStandardErrors?(horizon: number): ForecastStandardErrors | null;
}

export interface ForecastStandardErrors {
  standardErrors: number[];
  /** Residuals less estimated parameters: the t distribution's degrees of freedom. */
  degreesOfFreedom: number;
  /** What the standard errors include, in a sentence (e.g. "observation noise and parameter uncertainty"). */
  covers: string;
}

/**
 * Draws from the centred residuals inflated by sqrt(n / (n − k)): least-squares residuals are smaller than
 * the errors they estimate, by about that factor ("modified residuals", Davison & Hinkley 1997, §6.2).
 */
export function residualResampler(
  residuals: readonly number[],
  parameterCount: number,
): (random: RandomSource) => number {
  const n = residuals.length;
  if (n === 0) throw new Error('cannot resample an empty set of residuals');
  const mean = residuals.reduce((sum, e) => sum + e, 0) / n;
  const inflation = n > parameterCount ? Math.sqrt(n / (n - parameterCount)) : 1;
  const pool = residuals.map((e) => (e - mean) * inflation);
  return (random) => pool[randomIndex(random, n)] ?? 0;
}

/** Per-period differences of a cumulative series counted from launch (N(0) = 0). */
export function periodDifferences(cumulative: readonly number[]): number[] {
  return cumulative.map((value, i) => {
    const previous = i === 0 ? 0 : (cumulative[i - 1] ?? 0);
    if (value < previous) {
      throw new Error(`cumulative values must not decrease; index ${i} goes from ${previous} to ${value}`);
    }
    return value - previous;
  });
}

/**
 * Converts a series to the scale a model fits: the same, or — for Bass given a cumulative series — its
 * per-period differences. No model fits a running total of adoptions: its errors would pile up.
 */
export function toFittingScale(series: readonly number[], input: SeriesScale, fitting: SeriesScale): number[] {
  if (input === fitting) return [...series];
  if (input === 'cumulative') return periodDifferences(series);
  throw new Error('a model fitted to cumulative values cannot be given adoptions');
}

/**
 * Converts future adoptions back to a cumulative input, anchored on the last observed total:
 * N(n+h) = N(n) + a(n+1) + … + a(n+h) — what is known at the origin stays known.
 */
export function toInputScale(
  future: readonly number[],
  observed: readonly number[],
  input: SeriesScale,
  fitting: SeriesScale,
): number[] {
  if (input === fitting) return [...future];
  if (input === 'cumulative') {
    let total = observed[observed.length - 1] ?? 0;
    return future.map((adoptions) => (total += adoptions));
  }
  throw new Error('a model fitted to cumulative values cannot be given adoptions');
}

export function assertSeriesScale(scale: SeriesScale): void {
  if (scale !== 'adoptions' && scale !== 'cumulative') {
    throw new Error(`series scale must be 'adoptions' or 'cumulative', not '${String(scale)}'`);
  }
}
