/**
 * Nonlinear least-squares curve fitting y ≈ g(t; θ) on t = 1..n, shared by Bass, logistic and Gompertz:
 * Levenberg–Marquardt from one or more starting points (the smallest converged SSE wins), then the
 * covariance s²·(JᵀJ)⁻¹ with s² = SSE / (n − k) and J the Jacobian at the optimum — what
 * scipy.optimize.curve_fit returns as pcov with absolute_sigma=False.
 */
import { invertSymmetric, gram } from '../linear-algebra/index.js';
import { levenbergMarquardt, numericalJacobian, type LevenbergMarquardtOptions } from './levenberg-marquardt.js';

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

export interface CurveProblem<Name extends string> {
  names: readonly Name[];
  /** Model values at the given times for parameters θ (in the order of names). */
  curve: (t: readonly number[], theta: readonly number[]) => number[];
  y: readonly number[];
  starts: readonly (readonly number[])[];
  lower: readonly number[];
  upper: readonly number[];
  options?: LevenbergMarquardtOptions;
}

export function timesOneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

export function fitCurve<Name extends string>(problem: CurveProblem<Name>): ParameterFit<Name> | FitFailure {
  const { names, curve, y, lower, upper } = problem;
  const t = timesOneTo(y.length);
  const residuals = (theta: readonly number[]): number[] => {
    const values = curve(t, theta);
    return y.map((observed, i) => observed - (values[i] ?? NaN));
  };
  let best: ReturnType<typeof levenbergMarquardt> | null = null;
  let lastFailure = 'no starting values';
  let iterations = 0;
  for (const start of problem.starts) {
    const result = levenbergMarquardt({ residuals, start, lower, upper }, problem.options);
    iterations += result.iterations;
    if (!result.converged) {
      lastFailure = result.reason;
      continue;
    }
    if (best === null || result.sse < best.sse) best = result;
  }
  if (best === null) return { status: 'failed', reason: `did not converge: ${lastFailure}`, iterations };

  const theta = best.x;
  const degreesOfFreedom = y.length - names.length;
  const residualVariance = best.sse / degreesOfFreedom;
  // the residual's Jacobian is −∂g/∂θ; the sign cancels in JᵀJ
  const inverse = invertSymmetric(gram(numericalJacobian(residuals, theta, lower, upper)));
  const covariance = inverse === null ? null : inverse.scale(residualVariance).toRows();
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
    fitted: curve(t, theta),
    residuals: best.residuals,
    iterations,
    warnings,
  };
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
  shape: (t: readonly number[], a: number, b: number) => number[],
  gridA: readonly number[],
  gridB: readonly number[],
  count: number,
): number[][] {
  const t = timesOneTo(y.length);
  const candidates: { sse: number; start: number[] }[] = [];
  for (const a of gridA) {
    for (const b of gridB) {
      const g = shape(t, a, b);
      const norm = g.reduce((s, v) => s + v * v, 0);
      if (!(norm > 1e-300) || !Number.isFinite(norm)) continue;
      const scale = g.reduce((s, v, i) => s + v * (y[i] ?? 0), 0) / norm;
      if (!(scale > 0)) continue;
      const sse = g.reduce((s, v, i) => s + ((y[i] ?? 0) - scale * v) ** 2, 0);
      if (Number.isFinite(sse)) candidates.push({ sse, start: [scale, a, b] });
    }
  }
  candidates.sort((p, q) => p.sse - q.sse);
  return candidates.slice(0, count).map((c) => c.start);
}

export function geometricGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));
}

export function linearGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
