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
 * - Jacobians analytic when the problem has one (every model of this library does), else central
 *   differences (one-sided next to a bound).
 * - The iteration works in buffers allocated once per run: fits run thousands of times in bootstraps.
 * Fits that stop without meeting a convergence test say so (converged: false) with the reason.
 */
import { Matrix, gramInPlace, solveSymmetricInPlace, transposeTimesInPlace } from '../linear-algebra/index.js';

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

/**
 * A residual vector and its Jacobian written into the caller's buffers — the allocation-free form the
 * models of this library implement. Both see the same x; `jacobian` is called right after `residuals` at x.
 */
export interface ResidualModel {
  /** Number of residuals. */
  readonly size: number;
  residuals(x: Float64Array, out: Float64Array): void;
  /** The size×k Jacobian ∂r/∂x, row-major. */
  jacobian(x: Float64Array, out: Float64Array): void;
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

function sumOfSquares(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] as number) ** 2;
  return sum;
}

function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
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

/** The array-returning problem as a ResidualModel (numerical Jacobian unless the problem gives one). */
function modelOf(problem: LeastSquaresProblem, lower: readonly number[], upper: readonly number[]): ResidualModel {
  const size = problem.residuals(problem.start).length;
  return {
    size,
    residuals(x, out) {
      const values = problem.residuals(Array.from(x));
      for (let i = 0; i < size; i++) out[i] = values[i] ?? NaN;
    },
    jacobian(x, out) {
      const point = Array.from(x);
      const jacobian = problem.jacobian
        ? problem.jacobian(point)
        : numericalJacobian(problem.residuals, point, lower, upper, problem.typical);
      out.set(jacobian.data.subarray(0, out.length));
    },
  };
}

export function levenbergMarquardt(
  problem: LeastSquaresProblem,
  options: LevenbergMarquardtOptions = {},
): LevenbergMarquardtResult {
  const k = problem.start.length;
  const lower = problem.lower ?? new Array<number>(k).fill(-Infinity);
  const upper = problem.upper ?? new Array<number>(k).fill(Infinity);
  return minimizeSumOfSquares(modelOf(problem, lower, upper), problem.start, lower, upper, options);
}

/** Levenberg–Marquardt on a ResidualModel (see the file's comment). */
export function minimizeSumOfSquares(
  model: ResidualModel,
  start: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  options: LevenbergMarquardtOptions = {},
): LevenbergMarquardtResult {
  const settings = { ...DEFAULTS, ...options };
  const k = start.length;
  const n = model.size;
  const x = new Float64Array(k);
  const trial = new Float64Array(k);
  const step = new Float64Array(k);
  const g = new Float64Array(k);
  const scaling = new Float64Array(k);
  const work = new Float64Array(k);
  const solution = new Float64Array(k);
  const free = new Uint8Array(k);
  const freeIndex = new Int32Array(k);
  const a = new Float64Array(k * k);
  const damped = new Float64Array(k * k);
  const jacobian = new Float64Array(n * k);
  let r = new Float64Array(n);
  let trialResiduals = new Float64Array(n);

  const clampInto = (target: Float64Array): void => {
    for (let j = 0; j < k; j++) {
      target[j] = Math.min(upper[j] ?? Infinity, Math.max(lower[j] ?? -Infinity, target[j] as number));
    }
  };
  for (let j = 0; j < k; j++) x[j] = start[j] ?? NaN;
  clampInto(x);
  model.residuals(x, r);
  let sse = sumOfSquares(r);
  const done = (converged: boolean, reason: string, iterations: number): LevenbergMarquardtResult => ({
    converged,
    reason,
    x: Array.from(x),
    residuals: Array.from(r),
    sse,
    iterations,
  });
  if (!allFinite(r) || !allFinite(x)) return done(false, 'residuals are not finite at the starting values', 0);

  /** Largest |cos| between r and a free Jacobian column: 0 at an exact (projected) stationary point. */
  const gradientCosine = (): number => {
    let worst = 0;
    for (let j = 0; j < k; j++) {
      const norm = Math.sqrt((a[j * k + j] as number) * sse);
      if (free[j] && norm > 0) worst = Math.max(worst, Math.abs(g[j] as number) / norm);
    }
    return worst;
  };

  let lambda = 1e-3;
  let nu = 2;
  for (let iteration = 1; iteration <= settings.maxIterations; iteration++) {
    if (sse === 0) return done(true, 'exact fit', iteration - 1);
    model.jacobian(x, jacobian); // the last residuals evaluated were at x
    gramInPlace(jacobian, n, k, a);
    transposeTimesInPlace(jacobian, n, k, r, g);
    if (!allFinite(g)) return done(false, 'the Jacobian is not finite', iteration);
    // which parameters may move: not those on a bound whose descent direction (−g) points out of the box
    let freeCount = 0;
    for (let j = 0; j < k; j++) {
      const value = x[j] as number;
      const gj = g[j] as number;
      const held = (value <= (lower[j] ?? -Infinity) && gj > 0) || (value >= (upper[j] ?? Infinity) && gj < 0);
      free[j] = held ? 0 : 1;
      if (!held) freeIndex[freeCount++] = j;
    }
    if (gradientCosine() <= settings.gradientTolerance) {
      return done(true, 'gradient is orthogonal to the residuals', iteration - 1);
    }
    for (let j = 0; j < k; j++) scaling[j] = Math.max(scaling[j] as number, a[j * k + j] as number);
    if (freeCount === 0) return done(true, 'every parameter is held by a bound', iteration - 1);

    for (;;) {
      if (dampedStep(a, k, g, scaling, lambda, freeIndex, freeCount, damped, solution, work, step)) {
        for (let j = 0; j < k; j++) trial[j] = (x[j] as number) + (step[j] as number);
        clampInto(trial);
        let relativeStep = 0;
        for (let j = 0; j < k; j++) {
          step[j] = (trial[j] as number) - (x[j] as number); // the clamped step actually taken
          relativeStep = Math.max(relativeStep, Math.abs(step[j] as number) / (Math.abs(x[j] as number) + 1e-12));
        }
        model.residuals(trial, trialResiduals);
        const trialSse = allFinite(trialResiduals) ? sumOfSquares(trialResiduals) : Infinity;
        if (trialSse < sse) {
          const predicted = predictedReduction(jacobian, n, k, g, step);
          const reduction = sse - trialSse;
          const rho = predicted > 0 ? reduction / predicted : 0;
          const tolerance = settings.functionTolerance * sse;
          x.set(trial);
          [r, trialResiduals] = [trialResiduals, r];
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
        const cosine = gradientCosine();
        return cosine <= 1e-6
          ? done(true, 'no further reduction possible (minimum within rounding)', iteration)
          : done(false, `no step reduces the SSE (gradient cosine ${cosine.toExponential(2)})`, iteration);
      }
    }
  }
  return done(false, `no convergence within ${settings.maxIterations} iterations`, settings.maxIterations);
}

/** Solves (A + λ·D)δ = −g on the free parameters (D: Marquardt's scaling) into `step`; frozen ones get δ = 0. */
function dampedStep(
  a: Float64Array,
  k: number,
  g: Float64Array,
  scaling: Float64Array,
  lambda: number,
  freeIndex: Int32Array,
  freeCount: number,
  damped: Float64Array,
  solution: Float64Array,
  work: Float64Array,
  step: Float64Array,
): boolean {
  const f = freeCount;
  for (let r = 0; r < f; r++) {
    const i = freeIndex[r] as number;
    for (let c = 0; c < f; c++) {
      const j = freeIndex[c] as number;
      damped[r * f + c] = (a[i * k + j] as number) + (i === j ? lambda * Math.max(scaling[i] as number, 1e-300) : 0);
    }
    solution[r] = -(g[i] as number);
  }
  if (!solveSymmetricInPlace(damped, f, solution, work)) return false;
  step.fill(0);
  for (let r = 0; r < f; r++) {
    const value = solution[r] as number;
    if (!Number.isFinite(value)) return false;
    step[freeIndex[r] as number] = value;
  }
  return true;
}

/** SSE reduction the linearized model predicts for a step: −(2·gᵀδ + |Jδ|²). */
function predictedReduction(jacobian: Float64Array, n: number, k: number, g: Float64Array, step: Float64Array): number {
  let gStep = 0;
  for (let j = 0; j < k; j++) gStep += (step[j] as number) * (g[j] as number);
  let squared = 0;
  for (let i = 0; i < n; i++) {
    let value = 0;
    for (let j = 0; j < k; j++) value += (jacobian[i * k + j] as number) * (step[j] as number);
    squared += value * value;
  }
  return -(2 * gStep + squared);
}
