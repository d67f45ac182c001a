/**
 * Nonlinear least-squares curve fitting y ≈ g(t; θ) on t = 1..n, shared by Bass, logistic, Gompertz and the
 * Generalized Bass Model: Levenberg–Marquardt with the curve's analytic Jacobian from one or more starting
 * points (the smallest converged SSE wins), then the covariance s²·(JᵀJ)⁻¹ with s² = SSE / (n − k) and J the
 * Jacobian at the optimum — what scipy.optimize.curve_fit returns as pcov with absolute_sigma=False.
 */
import { gram, invertSymmetric, Matrix } from '../linear-algebra/index.js';
import { minimizeSumOfSquares, type LevenbergMarquardtOptions, type ResidualModel } from './levenberg-marquardt.js';

/** The result of a fit that did not converge: no parameters are offered, only why. */
export interface FitFailure {
  status: 'failed';
  reason: string;
  iterations: number;
}

export interface ParameterFit<Name extends string> {
  status: 'converged';
  params: Record<Name, number>;
  /** sqrt(diag(covariance)); null when JᵀJ is singular at the optimum. */
  standardErrors: Record<Name, number> | null;
  covariance: number[][] | null;
  sse: number;
  /** s² = SSE / (n − k). */
  residualVariance: number;
  degreesOfFreedom: number;
  /** Model values at t = 1..n. */
  fitted: number[];
  /** Observed minus fitted. */
  residuals: number[];
  iterations: number;
  /** Things a reader of the numbers should know (a parameter on a bound, a singular covariance). */
  warnings: string[];
}

/**
 * A curve g(t; θ) at t = 1..n written into the caller's buffers: the values and, when `jacobian` is given,
 * ∂g/∂θ (n×k, row-major). Fits call it thousands of times, so it allocates nothing.
 */
export type CurveShape = (theta: Float64Array, values: Float64Array, jacobian: Float64Array | null) => void;

export interface CurveProblem<Name extends string> {
  names: readonly Name[];
  shape: CurveShape;
  y: readonly number[];
  starts: readonly (readonly number[])[];
  /** Stop at the first start that converges (starts ordered best first) instead of trying them all. */
  firstConverged?: boolean;
  lower: readonly number[];
  upper: readonly number[];
  options?: LevenbergMarquardtOptions;
}

export function timesOneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** r = y − g(θ) and ∂r/∂θ = −∂g/∂θ as a ResidualModel. */
function curveResiduals(shape: CurveShape, y: readonly number[], k: number): ResidualModel {
  const n = y.length;
  const values = new Float64Array(n);
  return {
    size: n,
    residuals(theta, out) {
      shape(theta, values, null);
      for (let i = 0; i < n; i++) out[i] = (y[i] as number) - (values[i] as number);
    },
    jacobian(theta, out) {
      shape(theta, values, out);
      for (let i = 0; i < n * k; i++) out[i] = -(out[i] as number);
    },
  };
}

/**
 * The shape with some parameters held at given values (null: free), as a shape of the free ones in their
 * order — for profiling a location parameter, or holding one on a kink of the SSE.
 */
export function withPinnedParameters(shape: CurveShape, pinned: readonly (number | null)[]): CurveShape {
  const k = pinned.length;
  const freeIndex = pinned.flatMap((value, j) => (value === null ? [j] : []));
  const f = freeIndex.length;
  const theta = Float64Array.from(pinned, (value) => value ?? NaN);
  let full = new Float64Array(0);
  return (free, values, jacobian) => {
    freeIndex.forEach((j, i) => (theta[j] = free[i] ?? NaN));
    if (!jacobian) return shape(theta, values, null);
    if (full.length !== values.length * k) full = new Float64Array(values.length * k);
    shape(theta, values, full);
    for (let i = 0; i < values.length; i++) {
      for (let c = 0; c < f; c++) jacobian[f * i + c] = full[k * i + (freeIndex[c] as number)] as number;
    }
  };
}

/** g(θ) at t = 1..n and its Jacobian as arrays. */
export function evaluateCurve(shape: CurveShape, theta: readonly number[], n: number): { values: number[]; jacobian: Matrix } {
  const values = new Float64Array(n);
  const jacobian = Matrix.zeros(n, theta.length);
  shape(Float64Array.from(theta), values, jacobian.data);
  return { values: Array.from(values), jacobian };
}

export function fitCurve<Name extends string>(problem: CurveProblem<Name>): ParameterFit<Name> | FitFailure {
  const { names, shape, y, lower, upper } = problem;
  const k = names.length;
  const residualModel = curveResiduals(shape, y, k);
  let best: ReturnType<typeof minimizeSumOfSquares> | null = null;
  let lastFailure = 'no starting values';
  let iterations = 0;
  for (const start of problem.starts) {
    const result = minimizeSumOfSquares(residualModel, start, lower, upper, problem.options);
    iterations += result.iterations;
    if (!result.converged) {
      lastFailure = result.reason;
      continue;
    }
    if (best === null || result.sse < best.sse) best = result;
    if (problem.firstConverged) break;
  }
  if (best === null) return { status: 'failed', reason: `did not converge: ${lastFailure}`, iterations };

  const theta = best.x;
  const degreesOfFreedom = y.length - k;
  const residualVariance = best.sse / degreesOfFreedom;
  // the residual's Jacobian is −∂g/∂θ; the sign cancels in JᵀJ
  const { values: fitted, jacobian } = evaluateCurve(shape, theta, y.length);
  const inverse = invertSymmetric(gram(jacobian));
  const covariance = inverse === null ? null : inverse.scale(residualVariance).toRows();
  const warnings = parameterWarnings(names, theta, lower, upper, covariance);
  const record = (values: readonly number[]): Record<Name, number> =>
    Object.fromEntries(names.map((name, j) => [name, values[j] ?? NaN])) as Record<Name, number>;
  return {
    status: 'converged',
    params: record(theta),
    standardErrors: covariance === null ? null : record(covariance.map((row, j) => Math.sqrt(row[j] ?? NaN))),
    covariance,
    sse: best.sse,
    residualVariance,
    degreesOfFreedom,
    fitted,
    residuals: best.residuals,
    iterations,
    warnings,
  };
}

/** What a reader of the estimates should know: bounds hit, singular or near-singular covariance. */
function parameterWarnings(
  names: readonly string[],
  theta: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  covariance: number[][] | null,
): string[] {
  const warnings: string[] = [];
  if (covariance === null) warnings.push('JᵀJ is singular at the optimum: standard errors are not available');
  names.forEach((name, j) => {
    const value = theta[j] ?? NaN;
    if (value === lower[j] || value === upper[j]) {
      warnings.push(`${name} = ${value} is on its bound; standard errors assume an interior optimum`);
    }
    // only for positive quantities (m, p, q, K, r): a location such as t0 may sit near 0 legitimately
    const standardError = Math.sqrt(covariance?.[j]?.[j] ?? 0);
    if ((lower[j] ?? -Infinity) >= 0 && standardError > value) {
      warnings.push(`${name} is poorly determined: its standard error ${standardError} exceeds its value ${value}`);
    }
  });
  // a ridge in the SSE (e.g. Bass on a flat series: only m·p is determined) shows as a correlation near ±1
  names.forEach((a, i) =>
    names.forEach((b, j) => {
      const variances = (covariance?.[i]?.[i] ?? 0) * (covariance?.[j]?.[j] ?? 0);
      const correlation = (covariance?.[i]?.[j] ?? 0) / Math.sqrt(variances);
      if (j > i && Math.abs(correlation) > 0.9999) {
        warnings.push(`${a} and ${b} are not separately determined (correlation ${correlation.toFixed(6)})`);
      }
    }),
  );
  return warnings;
}

/** Throws unless every value is a finite number. */
export function assertFiniteSeries(values: readonly number[], what: string): void {
  values.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${what} must be finite numbers; value at index ${i} is ${String(value)}`);
    }
  });
}

/** Throws unless the series is long enough for k parameters and at least one residual degree of freedom. */
export function assertLength(values: readonly number[], minimum: number, what: string, why: string): void {
  if (values.length < minimum) {
    throw new Error(`${what} needs at least ${minimum} values (${why}); got ${values.length}`);
  }
}

/**
 * Best few starting points of a grid for a curve that is linear in its first parameter (m or K): for each grid
 * point of the other parameters the scale is the least-squares one, Σ y·g / Σ g², so the grid is 2-D.
 */
export function profiledGridStarts(
  y: readonly number[],
  shape: CurveShape,
  gridA: readonly number[],
  gridB: readonly number[],
  count: number,
): number[][] {
  const n = y.length;
  const values = new Float64Array(n);
  const theta = new Float64Array(3);
  let yy = 0;
  for (let i = 0; i < n; i++) yy += (y[i] as number) ** 2;
  const candidates: { sse: number; a: number; b: number; scale: number }[] = [];
  for (const a of gridA) {
    for (const b of gridB) {
      theta[0] = 1;
      theta[1] = a;
      theta[2] = b;
      shape(theta, values, null);
      let norm = 0;
      let cross = 0;
      for (let i = 0; i < n; i++) {
        const g = values[i] as number;
        norm += g * g;
        cross += g * (y[i] as number);
      }
      if (!(norm > 1e-300) || !Number.isFinite(norm)) continue;
      const scale = cross / norm;
      if (!(scale > 0)) continue;
      // Σ(y − s·g)² = Σy² − (Σyg)²/Σg² at the least-squares s
      const sse = Math.max(0, yy - cross * scale);
      if (!Number.isFinite(sse)) continue;
      // keep the `count` best, sorted: insertion into a short list
      if (candidates.length === count && sse >= (candidates[count - 1]?.sse ?? Infinity)) continue;
      let at = candidates.length;
      while (at > 0 && (candidates[at - 1]?.sse ?? 0) > sse) at--;
      candidates.splice(at, 0, { sse, a, b, scale });
      if (candidates.length > count) candidates.pop();
    }
  }
  return candidates.map((c) => [c.scale, c.a, c.b]);
}

export function geometricGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));
}

export function linearGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
