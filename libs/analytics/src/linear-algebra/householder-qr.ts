/** Least squares by Householder QR, for regressions whose normal equations would be ill-conditioned. */
import { at, Matrix } from './matrix.js';

/** Thrown when a column is (numerically) a linear combination of the columns before it. */
export class RankDeficiencyError extends Error {
  constructor(readonly column: number) {
    super(`matrix is rank-deficient: column ${column} is (nearly) a linear combination of the columns before it`);
    this.name = 'RankDeficiencyError';
  }
}

/** Columns whose part orthogonal to the previous ones is below this fraction of their norm count as dependent. */
const RANK_TOLERANCE = 1e-10;

export interface LeastSquaresSolution {
  coefficients: Float64Array;
  /** The k×k upper-triangular R of A = QR, so that A'A = R'R. */
  r: Matrix;
}

/**
 * Least squares min ‖Ax − b‖ by Householder QR, applied to A and b together: more accurate than the normal
 * equations, whose condition number is squared (trend columns like t = 0..120 beside a constant make that
 * matter). Throws RankDeficiencyError when A has dependent columns.
 */
export function leastSquares(a: Matrix, b: ArrayLike<number>): LeastSquaresSolution {
  const n = a.rows;
  const k = a.cols;
  if (b.length !== n) throw new Error(`least squares needs ${n} values on the right-hand side; got ${b.length}`);
  if (n < k) throw new RankDeficiencyError(n);
  const work = a.clone();
  const rhs = Float64Array.from(b);
  const columnNorms = Array.from({ length: k }, (_, j) => Math.hypot(...a.column(j)));

  for (let j = 0; j < k; j++) {
    // The reflection that maps work[j..n, j] onto a multiple of e_j.
    let norm = 0;
    for (let i = j; i < n; i++) norm = Math.hypot(norm, work.get(i, j));
    if (norm <= RANK_TOLERANCE * at(columnNorms, j) || norm === 0) throw new RankDeficiencyError(j);
    const alpha = work.get(j, j) > 0 ? -norm : norm;
    const v = new Float64Array(n - j);
    for (let i = j; i < n; i++) v[i - j] = work.get(i, j);
    v[0] = at(v, 0) - alpha;
    const vNormSquared = v.reduce((sum, x) => sum + x * x, 0);
    const reflect = (get: (i: number) => number, set: (i: number, value: number) => void): void => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += at(v, i - j) * get(i);
      const factor = (2 * dot) / vNormSquared;
      for (let i = j; i < n; i++) set(i, get(i) - factor * at(v, i - j));
    };
    for (let col = j; col < k; col++) {
      reflect(
        (i) => work.get(i, col),
        (i, value) => work.set(i, col, value),
      );
    }
    reflect(
      (i) => at(rhs, i),
      (i, value) => (rhs[i] = value),
    );
  }

  const r = Matrix.zeros(k, k);
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) r.set(i, j, work.get(i, j));
  return { coefficients: solveUpperTriangular(r, rhs.subarray(0, k)), r };
}

export function solveUpperTriangular(r: Matrix, b: ArrayLike<number>): Float64Array {
  const k = r.cols;
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let sum = at(b, i);
    for (let j = i + 1; j < k; j++) sum -= r.get(i, j) * at(x, j);
    x[i] = sum / r.get(i, i);
  }
  return x;
}

/** (A'A)⁻¹ = R⁻¹R⁻ᵀ from the R of A's QR factorization. */
export function inverseOfGram(r: Matrix): Matrix {
  const k = r.cols;
  const rInverse = Matrix.zeros(k, k);
  for (let col = 0; col < k; col++) {
    const unit = new Float64Array(k);
    unit[col] = 1;
    solveUpperTriangular(r, unit).forEach((value, row) => rInverse.set(row, col, value));
  }
  return rInverse.times(rInverse.transpose());
}
