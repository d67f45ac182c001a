import { at, leastSquares, Matrix, RankDeficiencyError } from '../linear-algebra/index.js';

/**
 * min ‖b − Σ w_j a_j‖² subject to w_j ≥ 0 and Σ w_j = 1 (weights on the simplex), by a primal active-set
 * method in the style of Lawson–Hanson NNLS. Each step solves the problem restricted to the "free" weights
 * with only the sum constraint — an ordinary least squares after substituting w_r = 1 − Σ_{i≠r} w_i — and
 * walks from the current feasible point toward that solution until a weight hits zero. It ends at the exact
 * KKT point, which is unique when the columns are affinely independent (checked first), so results do not
 * depend on iteration counts or step sizes the way projected gradient would.
 */

export class DependentColumnsError extends Error {
  constructor(readonly column: number) {
    super(
      `simplex least squares needs affinely independent columns: column ${column} is (nearly) an affine ` +
        'combination of the columns before it, so the optimal weights are not unique',
    );
    this.name = 'DependentColumnsError';
  }
}

/** Least squares over the affine hull of the given columns (weights summing to 1, any sign). */
function affineLeastSquares(a: Matrix, b: ArrayLike<number>, columns: readonly number[]): Map<number, number> {
  const [reference, ...others] = columns;
  if (reference === undefined) throw new Error('affine least squares needs at least one column');
  if (others.length === 0) return new Map([[reference, 1]]);
  const differences = Matrix.zeros(a.rows, others.length);
  const shifted = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    shifted[i] = at(b, i) - a.get(i, reference);
    others.forEach((column, j) => differences.set(i, j, a.get(i, column) - a.get(i, reference)));
  }
  const { coefficients } = leastSquares(differences, shifted);
  const weights = new Map<number, number>(others.map((column, j) => [column, at(coefficients, j)]));
  weights.set(reference, 1 - coefficients.reduce((sum, c) => sum + c, 0));
  return weights;
}

/** Throws DependentColumnsError unless a_1 − a_0, …, a_{J−1} − a_0 are linearly independent. */
function checkAffinelyIndependent(a: Matrix): void {
  if (a.cols < 2) return;
  const differences = Matrix.zeros(a.rows, a.cols - 1);
  for (let i = 0; i < a.rows; i++) for (let j = 1; j < a.cols; j++) differences.set(i, j - 1, a.get(i, j) - a.get(i, 0));
  try {
    leastSquares(differences, new Float64Array(a.rows));
  } catch (error) {
    if (error instanceof RankDeficiencyError) throw new DependentColumnsError(error.column + 1);
    throw error;
  }
}

/**
 * The simplex-constrained least-squares weights of `columns` (each a vector as long as `target`).
 * Throws DependentColumnsError when the optimum is not unique.
 */
export function simplexLeastSquares(columns: readonly (readonly number[])[], target: readonly number[]): number[] {
  const count = columns.length;
  if (count === 0) throw new Error('simplex least squares needs at least one column');
  const a = Matrix.fromRows(columns, 'simplex least squares columns').transpose();
  if (a.rows !== target.length) throw new Error(`simplex least squares columns have ${a.rows} values, the target ${target.length}`);
  target.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new Error(`simplex least squares target has a non-finite value at ${i}: ${value}`);
  });
  checkAffinelyIndependent(a);

  const columnNorms = Array.from({ length: count }, (_, j) => Math.hypot(...a.column(j)));
  const largestNorm = Math.max(...columnNorms);
  // Multipliers below this are rounding noise in g = A'(Aw − b).
  const tolerance = 1e-11 * largestNorm * (largestNorm + Math.hypot(...target));

  let weights = new Float64Array(count).fill(1 / count); // feasible start: every weight free
  const free = new Array<boolean>(count).fill(true);
  for (let iteration = 0; iteration < 50 * count + 50; iteration++) {
    const freeColumns = free.flatMap((isFree, j) => (isFree ? [j] : []));
    const solution = affineLeastSquares(a, target, freeColumns);
    const candidate = Float64Array.from({ length: count }, (_, j) => solution.get(j) ?? 0);
    const blocking = freeColumns.filter((j) => at(candidate, j) <= 0);

    if (blocking.length === 0) {
      weights = candidate;
      // KKT: on the free set the gradient equals the sum constraint's multiplier ν; elsewhere g_j − ν ≥ 0.
      const residual = a.timesVector(weights).map((fitted, i) => fitted - at(target, i));
      const gradient = a.transpose().timesVector(residual);
      const nu = freeColumns.reduce((sum, j) => sum + at(gradient, j), 0) / freeColumns.length;
      let entering = -1;
      let mostNegative = -tolerance;
      free.forEach((isFree, j) => {
        const multiplier = at(gradient, j) - nu;
        if (!isFree && multiplier < mostNegative) {
          entering = j;
          mostNegative = multiplier;
        }
      });
      if (entering < 0) return Array.from(weights);
      free[entering] = true;
      continue;
    }

    // Step toward the candidate as far as feasibility allows; the first weight to reach zero leaves the free set.
    let step = 1;
    let leaving = -1;
    for (const j of blocking) {
      const ratio = at(weights, j) > 0 ? at(weights, j) / (at(weights, j) - at(candidate, j)) : 0;
      if (leaving < 0 || ratio < step) {
        step = ratio;
        leaving = j;
      }
    }
    weights = weights.map((w, j) => w + step * (at(candidate, j) - w));
    for (const j of freeColumns) {
      if (j === leaving || at(weights, j) <= 0) {
        free[j] = false;
        weights[j] = 0;
      }
    }
  }
  throw new Error(`simplex least squares did not converge in ${50 * count + 50} active-set steps`);
}
