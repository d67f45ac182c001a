/**
 * Prediction intervals by residual bootstrap: many simulated futures from a fitted model (each model says how
 * in samplePath), then per future period the 10/90% and 2.5/97.5% quantiles (linear interpolation, numpy's
 * default) as the 80% and 95% bands. A seeded mulberry32 makes the bands reproducible: same seed, same bands.
 */
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
  seed: number;
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
  return { status: 'ok', model: fit.model, seed, replicates, failedReplicates, bands, warnings };
}

/** Fits a model and bootstraps its bands in one call. */
export function forecastWithIntervals(
  model: ForecastModel,
  series: readonly number[],
  options: BootstrapOptions,
): PredictionIntervals | IntervalFailure | FitFailure {
  const fit = model.fit(series);
  return fit.status === 'failed' ? fit : bootstrapPredictionIntervals(fit, options);
}
