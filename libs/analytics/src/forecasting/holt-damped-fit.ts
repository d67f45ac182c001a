/**
 * Fitting damped Holt by minimizing the one-step SSE over α, β, φ and the initial level and trend — the
 * objective of statsmodels' Holt(..., initialization_method='estimated').fit(), with its default bounds:
 * α ∈ [0, 1], 0 ≤ β ≤ α, φ ∈ [0.8, 0.995] (configurable).
 *
 * How: β = u·α with u ∈ [0, 1] turns β ≤ α into a box; Levenberg–Marquardt with clamped bounds runs from a
 * grid of (α, u, φ) starts, each with the initial level and trend set by linear least squares (the one-step
 * errors are affine in them), and the smallest SSE wins. statsmodels runs SLSQP once from a brute-force grid
 * start and often stops short of a minimum, so our SSE is lower or equal; the parameters can then differ a lot,
 * because the SSE surface of a short series is flat and often minimized on a bound (α = 0: a deterministic
 * damped trend). The filter with given parameters matches statsmodels exactly.
 */
import { runHoltDamped, type HoltDampedFilterResult, type HoltDampedParameters } from './holt-damped.js';
import { levenbergMarquardt } from './levenberg-marquardt.js';
import { Matrix, solveSymmetric } from '../linear-algebra/index.js';
import { assertFiniteSeries, assertLength, type FitFailure } from './nonlinear-fit.js';

export interface HoltDampedFitOptions {
  /** Bounds of φ; statsmodels' default is [0.8, 0.995]. */
  phiBounds?: readonly [number, number];
  /** A single start instead of the grid (e.g. statsmodels' solution, or a previous fit). */
  start?: HoltDampedParameters;
  maxIterations?: number;
}

export type HoltDampedFit = HoltDampedFilterResult & {
  status: 'converged';
  params: HoltDampedParameters;
  iterations: number;
  warnings: string[];
};

export const HOLT_MINIMUM_LENGTH = 6;

const toParams = (x: readonly number[]): HoltDampedParameters => {
  const alpha = x[0] ?? NaN;
  return { alpha, beta: alpha * (x[1] ?? NaN), phi: x[2] ?? NaN, initialLevel: x[3] ?? NaN, initialTrend: x[4] ?? NaN };
};

/** The initial level and trend minimizing the SSE for fixed α, β, φ (the errors are affine in them). */
export function bestInitialStates(y: readonly number[], alpha: number, beta: number, phi: number): [number, number] {
  const base = runHoltDamped(y, { alpha, beta, phi, initialLevel: 0, initialTrend: 0 }).residuals;
  const zeros = y.map(() => 0);
  // effect of a unit initial level / trend on the one-step predictions
  const c1 = runHoltDamped(zeros, { alpha, beta, phi, initialLevel: 1, initialTrend: 0 }).fitted;
  const c2 = runHoltDamped(zeros, { alpha, beta, phi, initialLevel: 0, initialTrend: 1 }).fitted;
  const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
  const solved = solveSymmetric(
    Matrix.from(2, 2, (i, j) => dot(i === 0 ? c1 : c2, j === 0 ? c1 : c2)),
    [dot(c1, base), dot(c2, base)],
  );
  return solved === null ? [y[0] ?? 0, (y[1] ?? 0) - (y[0] ?? 0)] : [solved[0] ?? 0, solved[1] ?? 0];
}

export function fitHoltDamped(y: readonly number[], options: HoltDampedFitOptions = {}): HoltDampedFit | FitFailure {
  assertLength(y, HOLT_MINIMUM_LENGTH, 'a damped Holt fit', '5 parameters and at least 1 residual degree of freedom');
  assertFiniteSeries(y, 'Holt input values');
  const [phiLow, phiHigh] = options.phiBounds ?? [0.8, 0.995];
  if (!(phiLow > 0 && phiLow <= phiHigh && phiHigh <= 1)) {
    throw new Error(`Holt phiBounds must satisfy 0 < low ≤ high ≤ 1, not [${phiLow}, ${phiHigh}]`);
  }
  const lower = [0, 0, phiLow, -Infinity, -Infinity];
  const upper = [1, 1, phiHigh, Infinity, Infinity];
  const magnitude = Math.max(1e-8, ...y.map(Math.abs));
  const residuals = (x: readonly number[]): number[] => runHoltDamped(y, toParams(x)).residuals;

  const starts: number[][] = [];
  if (options.start) {
    const { alpha, beta, phi, initialLevel, initialTrend } = options.start;
    starts.push([alpha, alpha > 0 ? Math.min(1, beta / alpha) : 0, phi, initialLevel, initialTrend]);
  } else {
    const span = phiHigh - phiLow;
    for (const alpha of [0.02, 0.2, 0.5, 0.8, 0.98]) {
      for (const u of [0.02, 0.3, 0.7, 0.98]) {
        for (const phi of [phiLow + 0.02 * span, phiLow + 0.5 * span, phiHigh - 0.02 * span]) {
          starts.push([alpha, u, phi, ...bestInitialStates(y, alpha, alpha * u, phi)]);
        }
      }
    }
  }
  let best: ReturnType<typeof levenbergMarquardt> | null = null;
  let iterations = 0;
  let lastFailure = '';
  for (const start of starts) {
    const result = levenbergMarquardt(
      { residuals, start, lower, upper, typical: [1e-4, 1e-4, 1e-4, magnitude, magnitude] },
      options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations },
    );
    iterations += result.iterations;
    if (!result.converged) lastFailure = result.reason;
    else if (best === null || result.sse < best.sse) best = result;
  }
  if (best === null) return { status: 'failed', reason: `did not converge: ${lastFailure}`, iterations };

  const params = toParams(best.x);
  const warnings: string[] = [];
  if (params.alpha === 0) warnings.push('alpha = 0: the level never learns from the data (a deterministic damped trend)');
  if (params.alpha === 1) warnings.push('alpha = 1: the level is the last observation');
  if (params.phi === phiLow || params.phi === phiHigh) warnings.push(`phi = ${params.phi} is on its bound`);
  return { status: 'converged', params, ...runHoltDamped(y, params), iterations, warnings };
}
