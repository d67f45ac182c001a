/**
 * Logistic and Gompertz growth curves for cumulative series N(1..n) (installed base, cumulative adopters),
 * fitted by nonlinear least squares on t = 1..n:
 * - logistic: N(t) = K / (1 + exp(−r·(t − t0)))  — symmetric S; inflection at t0 where N = K/2;
 * - Gompertz: N(t) = K·exp(−exp(−r·(t − t0)))   — skewed S; inflection at t0 where N = K/e ≈ 0.37·K.
 * K is the saturation level, r the growth rate per period. Bounds (clamping): K > 0, r > 0, t0 free.
 * Residuals of a cumulative series are autocorrelated, so the iid standard errors are optimistic. Given
 * adoptions per period instead (target 'increments'), the curve's increments N(t) − N(t−1) are fitted to them,
 * as the discrete Bass form does — the errors are then per period, as in Bass.
 */
import {
  assertFiniteSeries,
  assertLength,
  fitCurve,
  geometricGrid,
  linearGrid,
  profiledGridStarts,
  type FitFailure,
  type ParameterFit,
} from './nonlinear-fit.js';

export type GrowthCurveKind = 'logistic' | 'gompertz';

export interface GrowthCurveParameters {
  /** Saturation level. */
  K: number;
  /** Growth rate per period. */
  r: number;
  /** Inflection time on the t = 1..n scale. */
  t0: number;
}

export type GrowthCurveFit = ParameterFit<keyof GrowthCurveParameters> & { curve: GrowthCurveKind };

export interface GrowthCurveFitOptions {
  /** 'cumulative' (default): the values are N(1..n); 'increments': they are adoptions N(t) − N(t−1). */
  target?: 'cumulative' | 'increments';
  /** Start here instead of searching an (r, t0) grid. */
  start?: GrowthCurveParameters;
  maxIterations?: number;
}

const NAMES = ['K', 'r', 't0'] as const;
export const GROWTH_CURVE_MINIMUM_LENGTH = 4;

export function growthCurveValues(kind: GrowthCurveKind, t: readonly number[], params: GrowthCurveParameters): number[] {
  const { K, r, t0 } = params;
  return t.map((time) =>
    kind === 'logistic' ? K / (1 + Math.exp(-r * (time - t0))) : K * Math.exp(-Math.exp(-r * (time - t0))),
  );
}

/** The curve's increments N(t) − N(t−1): adoptions in periods t. */
export function growthCurveIncrements(kind: GrowthCurveKind, t: readonly number[], params: GrowthCurveParameters): number[] {
  const now = growthCurveValues(kind, t, params);
  const before = growthCurveValues(kind, t.map((time) => time - 1), params);
  return now.map((value, i) => value - (before[i] ?? NaN));
}

export function fitGrowthCurve(
  kind: GrowthCurveKind,
  values: readonly number[],
  options: GrowthCurveFitOptions = {},
): GrowthCurveFit | FitFailure {
  if (kind !== 'logistic' && kind !== 'gompertz') {
    throw new Error(`growth curve must be 'logistic' or 'gompertz', not '${String(kind)}'`);
  }
  const target = options.target ?? 'cumulative';
  if (target !== 'cumulative' && target !== 'increments') {
    throw new Error(`target must be 'cumulative' or 'increments', not '${String(target)}'`);
  }
  const what = target === 'cumulative' ? 'cumulative values' : 'adoptions';
  const why = '3 parameters and at least 1 residual degree of freedom';
  assertLength(values, GROWTH_CURVE_MINIMUM_LENGTH, `a ${kind} fit`, why);
  assertFiniteSeries(values, what);
  values.forEach((value, i) => {
    if (value < 0) throw new Error(`${what} must be non-negative; value at index ${i} is ${value}`);
  });
  if (!values.some((value) => value > 0)) throw new Error(`${what} must include a positive value; all are zero`);

  const n = values.length;
  const shape = target === 'cumulative' ? growthCurveValues : growthCurveIncrements;
  const curve = (t: readonly number[], theta: readonly number[]): number[] =>
    shape(kind, t, { K: theta[0] ?? NaN, r: theta[1] ?? NaN, t0: theta[2] ?? NaN });
  const starts = options.start
    ? [[options.start.K, options.start.r, options.start.t0]]
    : profiledGridStarts(
        values,
        (t, r, t0) => shape(kind, t, { K: 1, r, t0 }),
        geometricGrid(0.02, 3, 40),
        linearGrid(-n, 3 * n, 81),
        3,
      );
  const fit = fitCurve({
    names: NAMES,
    curve,
    y: values,
    starts,
    lower: [1e-9, 1e-9, -Infinity],
    upper: [Infinity, Infinity, Infinity],
    options: options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations },
  });
  return fit.status === 'converged' ? { ...fit, curve: kind } : fit;
}

export function fitLogistic(cumulative: readonly number[], options?: GrowthCurveFitOptions): GrowthCurveFit | FitFailure {
  return fitGrowthCurve('logistic', cumulative, options);
}

export function fitGompertz(cumulative: readonly number[], options?: GrowthCurveFitOptions): GrowthCurveFit | FitFailure {
  return fitGrowthCurve('gompertz', cumulative, options);
}
