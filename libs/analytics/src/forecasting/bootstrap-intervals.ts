/**
 * Prediction intervals, by the method the residuals allow:
 * - residual bootstrap (20 residuals or more): many simulated futures from a fitted model (each model says how
 *   in samplePath), then per future period the 10/90% and 2.5/97.5% quantiles (linear interpolation, numpy's
 *   default) as the 80% and 95% bands. A seeded mulberry32 makes the bands reproducible.
 * - parametric t (fewer): point ± t_{df}(0.90 or 0.975)·SE(h), with the model's own h-step standard errors and
 *   the degrees of freedom of its residual variance. A bootstrap from a handful of residuals has only a handful
 *   of values to take quantiles of: the 80% and 95% bands coincide (with one residual, centred, they collapse
 *   onto the point) and jump from one period to the next; the t interval widens smoothly with h and is wider
 *   the fewer the residuals.
 * Bands may be cut at bounds the quantity cannot pass (0, or 100 for a percentage), and say so.
 */
import { studentTQuantile } from '../distributions/index.js';
import { type FittedForecast, type ForecastModel } from './forecast-model.js';
import { assertHorizon } from './holt-damped.js';
import { type FitFailure } from './nonlinear-fit.js';
import { mulberry32 } from './random.js';

export interface BootstrapOptions {
  /** Future periods to cover. */
  horizon: number;
  /** Simulated futures; default 500. */
  replicates?: number;
  /** PRNG seed (integer); default 1. */
  seed?: number;
}

export type IntervalMethod = 'bootstrap' | 'parametric-t';

export interface IntervalOptions extends BootstrapOptions {
  /** 'auto' (default): bootstrap with MINIMUM_BOOTSTRAP_RESIDUALS residuals or more, else parametric t. */
  method?: IntervalMethod | 'auto';
  /** Values the quantity cannot pass (e.g. 0 and 100 for a percentage): bands are cut there. */
  bounds?: { lower?: number; upper?: number };
}

export interface ForecastBand {
  /** 1 for the first period after the data. */
  step: number;
  /** The model's point forecast (not the bootstrap mean). */
  point: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface PredictionIntervals {
  status: 'ok';
  model: string;
  method: IntervalMethod;
  /** How the bands were made, in a sentence a reader can be shown. */
  methodNote: string;
  /** The t distribution's degrees of freedom (parametric t); null for the bootstrap. */
  degreesOfFreedom: number | null;
  /** Whether any band was cut at the bounds. */
  clipped: boolean;
  seed: number;
  /** Simulated futures (0 for parametric t). */
  replicates: number;
  /** Replicates whose refit failed; they are left out of the quantiles. */
  failedReplicates: number;
  bands: ForecastBand[];
  warnings: string[];
}

export interface IntervalFailure {
  status: 'failed';
  model: string;
  reason: string;
}

export const DEFAULT_REPLICATES = 500;
const MINIMUM_REPLICATES = 20;
/** Fewer residuals than this, and bootstrap quantiles at 2.5% and 10% fall on the same few values. */
export const MINIMUM_BOOTSTRAP_RESIDUALS = 20;

/** The p-quantile of sorted values with linear interpolation (Hyndman & Fan type 7). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of an empty sample');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (position - below) * (high - low);
}

export function bootstrapPredictionIntervals(
  fit: FittedForecast,
  options: BootstrapOptions,
): PredictionIntervals | IntervalFailure {
  const { horizon } = options;
  assertHorizon(horizon);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(replicates) || replicates < MINIMUM_REPLICATES) {
    throw new Error(`replicates must be an integer of at least ${MINIMUM_REPLICATES}, not ${replicates}`);
  }
  const random = mulberry32(seed);
  const samples: number[][] = Array.from({ length: horizon }, () => []);
  let failedReplicates = 0;
  for (let b = 0; b < replicates; b++) {
    const path = fit.samplePath(horizon, random);
    if (path === null || !path.every(Number.isFinite)) {
      failedReplicates++;
      continue;
    }
    path.forEach((value, h) => samples[h]?.push(value));
  }
  if (failedReplicates * 2 > replicates) {
    return {
      status: 'failed',
      model: fit.model,
      reason: `${failedReplicates} of ${replicates} bootstrap replicates failed to refit; no bands`,
    };
  }
  const points = fit.forecast(horizon);
  const bands = samples.map((values, h) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      step: h + 1,
      point: points[h] ?? NaN,
      lower80: quantileOfSorted(sorted, 0.1),
      upper80: quantileOfSorted(sorted, 0.9),
      lower95: quantileOfSorted(sorted, 0.025),
      upper95: quantileOfSorted(sorted, 0.975),
    };
  });
  const warnings =
    failedReplicates > 0 ? [`${failedReplicates} of ${replicates} bootstrap replicates failed to refit and were left out`] : [];
  return {
    status: 'ok',
    model: fit.model,
    method: 'bootstrap',
    methodNote: `residual bootstrap: ${replicates - failedReplicates} simulated futures from ${fit.residuals.length} residuals`,
    degreesOfFreedom: null,
    clipped: false,
    seed,
    replicates,
    failedReplicates,
    bands,
    warnings,
  };
}

/** point ± t_{df}(q)·SE(h): the model's Gaussian h-step intervals with the residual variance's uncertainty. */
export function parametricPredictionIntervals(fit: FittedForecast, horizon: number): PredictionIntervals | IntervalFailure {
  assertHorizon(horizon);
  const spread = fit.forecastStandardErrors?.(horizon) ?? null;
  if (spread === null) {
    return { status: 'failed', model: fit.model, reason: `${fit.model} has no parametric forecast standard errors (too few residuals for them)` };
  }
  const { standardErrors, degreesOfFreedom, covers } = spread;
  const t80 = studentTQuantile(0.9, degreesOfFreedom);
  const t95 = studentTQuantile(0.975, degreesOfFreedom);
  const points = fit.forecast(horizon);
  const bands = points.map((point, h) => {
    const se = standardErrors[h] ?? NaN;
    return { step: h + 1, point, lower80: point - t80 * se, upper80: point + t80 * se, lower95: point - t95 * se, upper95: point + t95 * se };
  });
  return {
    status: 'ok',
    model: fit.model,
    method: 'parametric-t',
    methodNote: `parametric: Student's t with ${degreesOfFreedom} degree${degreesOfFreedom === 1 ? '' : 's'} of freedom, standard errors from ${covers}; too few residuals (${fit.residuals.length}) to bootstrap`,
    degreesOfFreedom,
    clipped: false,
    seed: 0,
    replicates: 0,
    failedReplicates: 0,
    bands,
    warnings: [],
  };
}

/** Cuts every band (and the point) at the bounds; says whether anything was cut. */
function withinBounds(intervals: PredictionIntervals, bounds: { lower?: number; upper?: number }): PredictionIntervals {
  const lower = bounds.lower ?? -Infinity;
  const upper = bounds.upper ?? Infinity;
  if (!(lower < upper)) throw new Error(`interval bounds must satisfy lower < upper, not [${lower}, ${upper}]`);
  let clipped = false;
  const cut = (value: number): number => {
    const inside = Math.min(upper, Math.max(lower, value));
    if (inside !== value) clipped = true;
    return inside;
  };
  const bands = intervals.bands.map((band) => ({
    step: band.step,
    point: Math.min(upper, Math.max(lower, band.point)),
    lower80: cut(band.lower80),
    upper80: cut(band.upper80),
    lower95: cut(band.lower95),
    upper95: cut(band.upper95),
  }));
  return { ...intervals, bands, clipped };
}

/**
 * Prediction intervals by the method the residuals allow (see the top of this file); the result says which
 * (`method`, `methodNote`) so a reader can be told.
 */
export function predictionIntervals(fit: FittedForecast, options: IntervalOptions): PredictionIntervals | IntervalFailure {
  assertHorizon(options.horizon);
  const method = options.method ?? 'auto';
  if (method !== 'auto' && method !== 'bootstrap' && method !== 'parametric-t') {
    throw new Error(`interval method must be 'auto', 'bootstrap' or 'parametric-t', not '${String(method)}'`);
  }
  const bootstrap = method === 'bootstrap' || (method === 'auto' && fit.residuals.length >= MINIMUM_BOOTSTRAP_RESIDUALS);
  const intervals = bootstrap ? bootstrapPredictionIntervals(fit, options) : parametricPredictionIntervals(fit, options.horizon);
  if (intervals.status === 'failed' || options.bounds === undefined) return intervals;
  return withinBounds(intervals, options.bounds);
}

/** Fits a model and makes its bands (predictionIntervals) in one call. */
export function forecastWithIntervals(
  model: ForecastModel,
  series: readonly number[],
  options: IntervalOptions,
): PredictionIntervals | IntervalFailure | FitFailure {
  const fit = model.fit(series);
  return fit.status === 'failed' ? fit : predictionIntervals(fit, options);
}
