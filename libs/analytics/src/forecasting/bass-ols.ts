/**
 * Bass's own 1969 estimator: ordinary least squares of a(t) on 1, N(t−1), N(t−1)², where N(t−1) is the
 * cumulative adoption before period t. Since a(t) = p·m + (q − p)·N − (q/m)·N², the quadratic
 * b0 + b1·N + b2·N² vanishes at N = m (and at −p·m/q): m is its positive root, p = b0/m, q = −b2·m.
 * Standard errors of m, p, q by the delta method from the OLS covariance s²·(XᵀX)⁻¹.
 * Cheap and closed-form, but biased on short series; the NLS fit (fitBass) is the better default.
 */
import { assertAdoptions, bassAdoptions, BASS_MINIMUM_LENGTH, type BassParameters } from './bass.js';
import { Matrix, ordinaryLeastSquares } from '../linear-algebra/index.js';
import { timesOneTo, type FitFailure } from './nonlinear-fit.js';

export interface BassOlsCoefficients {
  b0: number;
  b1: number;
  b2: number;
}

export interface BassOlsFit {
  status: 'converged';
  coefficients: BassOlsCoefficients;
  coefficientStandardErrors: BassOlsCoefficients;
  rSquared: number;
  params: BassParameters;
  /** Delta-method standard errors of m, p and q. */
  standardErrors: BassParameters;
  /** Discrete Bass adoptions a(1..n) with the recovered m, p, q, and observed minus those. */
  fitted: number[];
  residuals: number[];
}

export function fitBassOls(adoptions: readonly number[]): BassOlsFit | FitFailure {
  assertAdoptions(adoptions, BASS_MINIMUM_LENGTH, 'the Bass OLS estimator');
  let cumulative = 0;
  const design = adoptions.map((value) => {
    const row = [1, cumulative, cumulative * cumulative];
    cumulative += value;
    return row;
  });
  const ols = ordinaryLeastSquares(Matrix.from(design.length, 3, (i, j) => design[i]?.[j] ?? 0), adoptions);
  const failed = (reason: string): FitFailure => ({ status: 'failed', reason, iterations: 0 });
  if (ols === null) return failed('the regressors 1, N(t−1), N(t−1)² are collinear');
  const [b0 = NaN, b1 = NaN, b2 = NaN] = ols.coefficients;
  if (!(b2 < 0)) return failed(`the N(t−1)² coefficient is not negative (b2 = ${b2}): no market potential`);
  if (!(b0 > 0)) return failed(`the intercept p·m is not positive (b0 = ${b0})`);
  const root = Math.sqrt(b1 * b1 - 4 * b0 * b2);
  const m = (-b1 - root) / (2 * b2);
  const params = { m, p: b0 / m, q: -b2 * m };

  const predicted = design.map((row) => row.reduce((sum, x, j) => sum + x * (ols.coefficients[j] ?? 0), 0));
  const sse = adoptions.reduce((sum, y, i) => sum + (y - (predicted[i] ?? 0)) ** 2, 0);
  const mean = adoptions.reduce((sum, y) => sum + y, 0) / adoptions.length;
  const sst = adoptions.reduce((sum, y) => sum + (y - mean) ** 2, 0);
  const s2 = sse / (adoptions.length - 3);
  const cov = ols.inverseGram.scale(s2).toRows();

  // gradients of (m, p, q) with respect to (b0, b1, b2)
  const dm = [1 / root, (-1 - b1 / root) / (2 * b2), b0 / (b2 * root) - m / b2];
  const dp = dm.map((d, j) => (j === 0 ? 1 / m : 0) - (b0 / (m * m)) * d);
  const dq = dm.map((d, j) => (j === 2 ? -m : 0) - b2 * d);
  const variance = (grad: readonly number[]): number =>
    grad.reduce((sum, gi, i) => sum + gi * grad.reduce((inner, gj, j) => inner + (cov[i]?.[j] ?? 0) * gj, 0), 0);
  const fitted = bassAdoptions(timesOneTo(adoptions.length), params, 'discrete');
  return {
    status: 'converged',
    coefficients: { b0, b1, b2 },
    coefficientStandardErrors: {
      b0: Math.sqrt(cov[0]?.[0] ?? NaN),
      b1: Math.sqrt(cov[1]?.[1] ?? NaN),
      b2: Math.sqrt(cov[2]?.[2] ?? NaN),
    },
    rSquared: 1 - sse / sst,
    params,
    standardErrors: { m: Math.sqrt(variance(dm)), p: Math.sqrt(variance(dp)), q: Math.sqrt(variance(dq)) },
    fitted,
    residuals: adoptions.map((y, i) => y - (fitted[i] ?? NaN)),
  };
}
