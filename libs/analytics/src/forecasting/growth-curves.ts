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
  type CurveShape,
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
const R_GRID = geometricGrid(0.02, 3, 10);

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

/**
 * N(t) of a growth curve and its gradient (∂N/∂K, ∂N/∂r, ∂N/∂t0) into out[offset..offset+3]; the value is
 * returned. With z = r·(t − t0): logistic N = K/(1 + e^{−z}), ∂N/∂K = 1/(1 + e^{−z}), ∂N/∂r = K·σ(1 − σ)·(t − t0),
 * ∂N/∂t0 = −K·σ(1 − σ)·r; Gompertz N = K·G, G = exp(−u), u = e^{−z}: ∂N/∂K = G, ∂N/∂r = K·G·u·(t − t0),
 * ∂N/∂t0 = −K·G·u·r. Far from the inflection the products underflow to 0 rather than 0·∞.
 */
function growthValueWithGradient(kind: GrowthCurveKind, t: number, K: number, r: number, t0: number, out: Float64Array): number {
  const e = Math.exp(-r * (t - t0));
  let unit: number;
  let slope: number; // ∂(N/K)/∂z
  if (kind === 'logistic') {
    unit = 1 / (1 + e);
    slope = Number.isFinite(e) ? e / ((1 + e) * (1 + e)) : 0;
  } else {
    unit = Math.exp(-e);
    slope = unit === 0 ? 0 : unit * e;
  }
  out[0] = unit;
  out[1] = K * slope * (t - t0);
  out[2] = -K * slope * r;
  return kind === 'logistic' ? K / (1 + e) : K * unit;
}

/** The curve (or its increments) at t = 1..n for θ = (K, r, t0) and its Jacobian, as fits need them. */
export function growthCurveShape(kind: GrowthCurveKind, target: 'cumulative' | 'increments'): CurveShape {
  const now = new Float64Array(3);
  const before = new Float64Array(3);
  return (theta, values, jacobian) => {
    const K = theta[0] as number;
    const r = theta[1] as number;
    const t0 = theta[2] as number;
    let previous = target === 'increments' ? growthValueWithGradient(kind, 0, K, r, t0, before) : 0;
    for (let i = 0; i < values.length; i++) {
      const value = growthValueWithGradient(kind, i + 1, K, r, t0, now);
      values[i] = value - previous;
      if (jacobian) {
        for (let j = 0; j < 3; j++) {
          jacobian[3 * i + j] = target === 'increments' ? (now[j] as number) - (before[j] as number) : (now[j] as number);
        }
      }
      if (target === 'increments') {
        previous = value;
        before.set(now);
      }
    }
  };
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
  const shape = growthCurveShape(kind, target);
  // Without a given start: the best points of a coarse (r, t0) grid with K profiled out, tried in order until
  // one converges (a finer grid and more starts found the same optimum on 4,000 series; see bench/forecast)
  const starts = options.start
    ? [[options.start.K, options.start.r, options.start.t0]]
    : profiledGridStarts(values, shape, R_GRID, linearGrid(-n, 3 * n, 13), 3);
  const fit = fitCurve({
    names: NAMES,
    shape,
    y: values,
    starts,
    firstConverged: options.start === undefined,
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
