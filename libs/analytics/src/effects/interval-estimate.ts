import { at, Matrix, quadraticForm } from '../linear-algebra/index.js';
import { twoSidedCriticalValue } from './normal-quantile.js';

/** A point estimate with its standard error and a two-sided confidence interval. */
export interface IntervalEstimate {
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
}

/**
 * The estimate c'β with standard error √(c'Vc) and a normal-based interval — the robust fits in statsmodels
 * default to use_t=False, so their conf_int and t_test use the normal distribution; we do the same.
 */
export function linearCombination(
  coefficients: readonly number[],
  covariance: readonly (readonly number[])[],
  weights: readonly number[],
  confidenceLevel: number,
): IntervalEstimate {
  const estimate = weights.reduce((sum, weight, i) => sum + weight * at(coefficients, i), 0);
  // Rounding can leave a variance of −1e−30 where it is really zero.
  const variance = Math.max(0, quadraticForm(Matrix.fromRows(covariance, 'covariance'), weights));
  return intervalOf(estimate, Math.sqrt(variance), confidenceLevel);
}

export function intervalOf(estimate: number, standardError: number, confidenceLevel: number): IntervalEstimate {
  const halfWidth = twoSidedCriticalValue(confidenceLevel) * standardError;
  return { estimate, standardError, lower: estimate - halfWidth, upper: estimate + halfWidth };
}

/** The unit vector e_j of length k, to pick one coefficient out as a linear combination. */
export function unitWeights(k: number, j: number): number[] {
  return Array.from({ length: k }, (_, i) => (i === j ? 1 : 0));
}
