/**
 * Holt's linear trend with an additive damped trend, with statsmodels' conventions
 * (Holt(y, damped_trend=True) / ExponentialSmoothing(trend='add', damped_trend=True)):
 *   ŷ(t) = ℓ(t−1) + φ·b(t−1)                                  one-step prediction
 *   ℓ(t) = α·y(t) + (1 − α)·(ℓ(t−1) + φ·b(t−1))
 *   b(t) = β·(ℓ(t) − ℓ(t−1)) + (1 − β)·φ·b(t−1)
 *   forecast(h) = ℓ(n) + (φ + φ² + … + φ^h)·b(n)
 * ℓ(0), b(0) are the initial level and trend, the states before the first observation. fitHoltDamped lives in
 * holt-damped-fit.ts.
 */
import { assertFiniteSeries } from './nonlinear-fit.js';

export interface HoltDampedParameters {
  /** Level smoothing, 0..1. */
  alpha: number;
  /** Trend smoothing, 0..1 (statsmodels' smoothing_trend; its fit keeps β ≤ α). */
  beta: number;
  /** Damping, 0 < φ ≤ 1 (φ = 1 is Holt's undamped linear trend). */
  phi: number;
  initialLevel: number;
  initialTrend: number;
}

export interface HoltDampedFilterResult {
  /** One-step predictions ŷ(1..n) — statsmodels' fittedvalues. */
  fitted: number[];
  /** y − ŷ. */
  residuals: number[];
  /** ℓ(1..n) and b(1..n), the states after each observation — statsmodels' level and trend. */
  level: number[];
  trend: number[];
  sse: number;
}

export function assertHoltParameters(params: HoltDampedParameters): void {
  const { alpha, beta, phi, initialLevel, initialTrend } = params;
  const unit = (name: string, value: number): void => {
    if (!(value >= 0 && value <= 1)) throw new Error(`Holt ${name} must be in [0, 1], not ${value}`);
  };
  unit('alpha', alpha);
  unit('beta', beta);
  if (!(phi > 0 && phi <= 1)) throw new Error(`Holt phi must be in (0, 1], not ${phi}`);
  if (!Number.isFinite(initialLevel)) throw new Error(`Holt initialLevel must be finite, not ${initialLevel}`);
  if (!Number.isFinite(initialTrend)) throw new Error(`Holt initialTrend must be finite, not ${initialTrend}`);
}

/** Runs the recursions without validation: the fitting loop calls this thousands of times. */
export function runHoltDamped(y: readonly number[], params: HoltDampedParameters): HoltDampedFilterResult {
  const { alpha, beta, phi } = params;
  let level = params.initialLevel;
  let trend = params.initialTrend;
  const n = y.length;
  const fitted = new Array<number>(n);
  const residuals = new Array<number>(n);
  const levels = new Array<number>(n);
  const trends = new Array<number>(n);
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const observed = y[t] ?? NaN;
    const prediction = level + phi * trend;
    const error = observed - prediction;
    const newLevel = alpha * observed + (1 - alpha) * prediction;
    trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
    level = newLevel;
    fitted[t] = prediction;
    residuals[t] = error;
    levels[t] = level;
    trends[t] = trend;
    sse += error * error;
  }
  return { fitted, residuals, level: levels, trend: trends, sse };
}

/** The filter over a series with given parameters. */
export function holtDampedFilter(y: readonly number[], params: HoltDampedParameters): HoltDampedFilterResult {
  if (y.length === 0) throw new Error('Holt needs at least 1 value; got 0');
  assertFiniteSeries(y, 'Holt input values');
  assertHoltParameters(params);
  return runHoltDamped(y, params);
}

/** Point forecasts h = 1..horizon from the final level and trend. */
export function holtDampedForecast(
  state: { level: number; trend: number },
  phi: number,
  horizon: number,
): number[] {
  assertHorizon(horizon);
  const forecasts: number[] = [];
  let damping = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    power *= phi;
    damping += power;
    forecasts.push(state.level + damping * state.trend);
  }
  return forecasts;
}

/** The final state of a filter run. */
export function finalState(result: HoltDampedFilterResult): { level: number; trend: number } {
  const last = result.level.length - 1;
  return { level: result.level[last] ?? NaN, trend: result.trend[last] ?? NaN };
}

export function assertHorizon(horizon: number): void {
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`horizon must be a positive integer, not ${horizon}`);
}
