/**
 * Levenberg–Marquardt for small nonlinear least-squares problems, min Σ r_i(x)², with optional box bounds.
 *
 * - Marquardt scaling: the damping term is λ·diag(JᵀJ) (running maximum, as MINPACK keeps), so the method
 *   is invariant to the units of each parameter — Bass's m (~1e4) and p (~1e-2) need that.
 * - Nielsen's update of λ from the gain ratio (actual / predicted reduction).
 * - Bounds by projection with an active set: a parameter sitting on a bound whose gradient points outward is
 *   frozen for that step, the others take the damped Gauss–Newton step, and the trial point is clamped into
 *   the box. This keeps every evaluated point feasible (no log/logit reparameterization, so a solution on a
 *   bound, such as Holt's α = 0, is reached exactly instead of approached asymptotically).
 * - Jacobians by central differences unless one is supplied (one-sided next to a bound).
 * Fits that stop without meeting a convergence test say so (converged: false) with the reason.
 */
import { gram, Matrix, solveSymmetric, transposeTimes } from '../linear-algebra/index.js';

export type ResidualFunction = (x: readonly number[]) => ArrayLike<number>;

export interface LeastSquaresProblem {
  residuals: ResidualFunction;
  start: readonly number[];
  lower?: readonly number[];
  upper?: readonly number[];
  /** Analytic Jacobian (rows: residuals, columns: parameters); numerical when omitted. */
  jacobian?: (x: readonly number[]) => Matrix;
  /** Typical magnitudes of the parameters: floors of the difference steps for parameters near zero. */
  typical?: readonly number[];
}

export interface LevenbergMarquardtOptions {
  maxIterations?: number;
  /** Relative SSE reduction below which (with a small predicted reduction) the fit has converged. */
  functionTolerance?: number;
  /** Relative parameter step below which the fit has converged. */
  stepTolerance?: number;
  /** Largest cosine between the residual vector and a Jacobian column at convergence (MINPACK's gtol). */
  gradientTolerance?: number;
}

export interface LevenbergMarquardtResult {
  converged: boolean;
  reason: string;
  x: number[];
  residuals: number[];
  sse: number;
  iterations: number;
}

const DEFAULTS: Required<LevenbergMarquardtOptions> = {
  maxIterations: 500,
  functionTolerance: 1e-15,
  stepTolerance: 1e-12,
  gradientTolerance: 1e-10,
};

const sumOfSquares = (values: readonly number[]): number => values.reduce((sum, v) => sum + v * v, 0);
const allFinite = (values: readonly number[]): boolean => values.every((v) => Number.isFinite(v));

function clamp(x: readonly number[], lower: readonly number[], upper: readonly number[]): number[] {
  return x.map((value, i) => Math.min(upper[i] ?? Infinity, Math.max(lower[i] ?? -Infinity, value)));
}

/** Central-difference Jacobian; one-sided where a bound is closer than the step. */
export function numericalJacobian(
  residuals: ResidualFunction,
  x: readonly number[],
  lower: readonly number[] = [],
  upper: readonly number[] = [],
  typical: readonly number[] = [],
): Matrix {
  const columns = x.map((value, j) => {
    // eps^(1/3) balances truncation and rounding error for central differences
    const h = 6e-6 * Math.max(Math.abs(value), typical[j] ?? 1e-4);
    const canUp = value + h <= (upper[j] ?? Infinity);
    const canDown = value - h >= (lower[j] ?? -Infinity);
    const shifted = (delta: number): number[] => Array.from(residuals(x.map((v, i) => (i === j ? v + delta : v))));
    if (canUp && canDown) {
      const up = shifted(h);
      const down = shifted(-h);
      return up.map((u, i) => (u - (down[i] ?? 0)) / (2 * h));
    }
    const base = residuals(x);
    const step = canUp ? h : -h;
    const moved = shifted(step);
    return moved.map((m, i) => (m - (base[i] ?? 0)) / step);
  });
  const rows = columns[0]?.length ?? 0;
  return Matrix.from(rows, columns.length, (i, j) => columns[j]?.[i] ?? 0);
}

/** Largest |cos| between r and a free Jacobian column: 0 at an exact (projected) stationary point. */
function gradientCosine(
  jacobianGram: Matrix,
  gradient: readonly number[],
  sse: number,
  free: readonly boolean[],
): number {
  let worst = 0;
  gradient.forEach((g, j) => {
    const norm = Math.sqrt(jacobianGram.get(j, j) * sse);
    if (free[j] && norm > 0) worst = Math.max(worst, Math.abs(g) / norm);
  });
  return worst;
}

/** Which parameters may move: not those on a bound whose descent direction (−g) points out of the box. */
function freeParameters(
  x: readonly number[],
  g: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): boolean[] {
  return x.map((value, j) => {
    const gj = g[j] ?? 0;
    const heldBelow = value <= (lower[j] ?? -Infinity) && gj > 0;
    const heldAbove = value >= (upper[j] ?? Infinity) && gj < 0;
    return !heldBelow && !heldAbove;
  });
}

/** Solves (A + λ·D)δ = −g on the free parameters (D: Marquardt's scaling); frozen ones get δ = 0. */
function dampedStep(
  a: Matrix,
  g: readonly number[],
  scaling: readonly number[],
  lambda: number,
  freeIndex: readonly number[],
): number[] | null {
  const damped = Matrix.from(freeIndex.length, freeIndex.length, (r, c) => {
    const i = freeIndex[r] ?? 0;
    const j = freeIndex[c] ?? 0;
    return a.get(i, j) + (i === j ? lambda * Math.max(scaling[i] ?? 0, 1e-300) : 0);
  });
  const solved = solveSymmetric(damped, freeIndex.map((j) => -(g[j] ?? 0)));
  if (solved === null || !allFinite(Array.from(solved))) return null;
  const step = new Array<number>(g.length).fill(0);
  freeIndex.forEach((j, at) => (step[j] = solved[at] ?? 0));
  return step;
}

/** SSE reduction the linearized model predicts for a step: −(2·gᵀδ + |Jδ|²). */
function predictedReduction(jacobian: Matrix, g: readonly number[], step: readonly number[]): number {
  const jStep = Array.from(jacobian.timesVector(step));
  return -(2 * step.reduce((sum, s, j) => sum + s * (g[j] ?? 0), 0) + sumOfSquares(jStep));
}

export function levenbergMarquardt(
  problem: LeastSquaresProblem,
  options: LevenbergMarquardtOptions = {},
): LevenbergMarquardtResult {
  const settings = { ...DEFAULTS, ...options };
  const k = problem.start.length;
  const lower = problem.lower ?? new Array<number>(k).fill(-Infinity);
  const upper = problem.upper ?? new Array<number>(k).fill(Infinity);
  const jacobianAt =
    problem.jacobian ??
    ((x: readonly number[]) => numericalJacobian(problem.residuals, x, lower, upper, problem.typical));

  let x = clamp(problem.start, lower, upper);
  let r = Array.from(problem.residuals(x));
  let sse = sumOfSquares(r);
  const done = (converged: boolean, reason: string, iterations: number): LevenbergMarquardtResult => ({
    converged,
    reason,
    x,
    residuals: r,
    sse,
    iterations,
  });
  if (!allFinite(r) || !allFinite(x)) return done(false, 'residuals are not finite at the starting values', 0);
  let lambda = 1e-3;
  let nu = 2;
  let scaling = new Array<number>(k).fill(0);

  for (let iteration = 1; iteration <= settings.maxIterations; iteration++) {
    if (sse === 0) return done(true, 'exact fit', iteration - 1);
    const jacobian = jacobianAt(x);
    const a = gram(jacobian);
    const g = Array.from(transposeTimes(jacobian, r));
    if (!allFinite(g)) return done(false, 'the Jacobian is not finite', iteration);
    const free = freeParameters(x, g, lower, upper);
    if (gradientCosine(a, g, sse, free) <= settings.gradientTolerance) {
      return done(true, 'gradient is orthogonal to the residuals', iteration - 1);
    }
    scaling = scaling.map((s, j) => Math.max(s, a.get(j, j)));
    const freeIndex = free.flatMap((isFree, j) => (isFree ? [j] : []));
    if (freeIndex.length === 0) return done(true, 'every parameter is held by a bound', iteration - 1);

    for (;;) {
      const proposed = dampedStep(a, g, scaling, lambda, freeIndex);
      if (proposed !== null) {
        const trial = clamp(
          x.map((value, j) => value + (proposed[j] ?? 0)),
          lower,
          upper,
        );
        const step = trial.map((value, j) => value - (x[j] ?? 0)); // the clamped step actually taken
        const trialResiduals = Array.from(problem.residuals(trial));
        const trialSse = allFinite(trialResiduals) ? sumOfSquares(trialResiduals) : Infinity;
        if (trialSse < sse) {
          const predicted = predictedReduction(jacobian, g, step);
          const reduction = sse - trialSse;
          const rho = predicted > 0 ? reduction / predicted : 0;
          const relativeStep = Math.max(...step.map((d, j) => Math.abs(d) / (Math.abs(x[j] ?? 0) + 1e-12)));
          const tolerance = settings.functionTolerance * sse;
          x = trial;
          r = trialResiduals;
          sse = trialSse;
          lambda *= Math.max(1 / 3, 1 - (2 * rho - 1) ** 3); // Nielsen (1999)
          nu = 2;
          if (reduction <= tolerance && Math.abs(predicted) <= 10 * tolerance) {
            return done(true, 'relative reduction of the SSE below tolerance', iteration);
          }
          if (relativeStep <= settings.stepTolerance) return done(true, 'relative step below tolerance', iteration);
          break;
        }
      }
      lambda *= nu;
      nu *= 2;
      if (lambda > 1e16) {
        // no step reduces the SSE: at a minimum within rounding, or stuck somewhere that is not one
        const cosine = gradientCosine(a, g, sse, free);
        return cosine <= 1e-6
          ? done(true, 'no further reduction possible (minimum within rounding)', iteration)
          : done(false, `no step reduces the SSE (gradient cosine ${cosine.toExponential(2)})`, iteration);
      }
    }
  }
  return done(false, `no convergence within ${settings.maxIterations} iterations`, settings.maxIterations);
}
