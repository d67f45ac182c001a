/**
 * The little dense linear algebra the effect estimators need: regressions have a handful of columns, so
 * plain loops over a row-major Float64Array are simple and fast enough.
 */

/** Reads an element that must exist; under noUncheckedIndexedAccess this is where we say so, once. */
export function at(values: ArrayLike<number>, index: number): number {
  const value = values[index];
  if (value === undefined) throw new RangeError(`index ${index} is outside 0..${values.length - 1}`);
  return value;
}

export class Matrix {
  private constructor(
    readonly rows: number,
    readonly cols: number,
    private readonly data: Float64Array,
  ) {}

  static zeros(rows: number, cols: number): Matrix {
    return new Matrix(rows, cols, new Float64Array(rows * cols));
  }

  /** Copies rows of numbers, checking that they are rectangular and finite; `what` names the input in errors. */
  static fromRows(rows: readonly (readonly number[])[], what = 'matrix'): Matrix {
    const first = rows[0];
    if (first === undefined || first.length === 0) throw new Error(`${what} must have at least one row and one column`);
    const matrix = Matrix.zeros(rows.length, first.length);
    rows.forEach((row, i) => {
      if (row.length !== first.length) {
        throw new Error(`${what} must be rectangular; row ${i} has ${row.length} columns, row 0 has ${first.length}`);
      }
      row.forEach((value, j) => {
        if (!Number.isFinite(value)) throw new Error(`${what} has a non-finite value at row ${i}, column ${j}: ${value}`);
        matrix.set(i, j, value);
      });
    });
    return matrix;
  }

  get(i: number, j: number): number {
    return at(this.data, i * this.cols + j);
  }

  set(i: number, j: number, value: number): void {
    this.data[i * this.cols + j] = value;
  }

  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }

  toRows(): number[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => this.get(i, j)));
  }

  column(j: number): Float64Array {
    return Float64Array.from({ length: this.rows }, (_, i) => this.get(i, j));
  }

  transpose(): Matrix {
    const result = Matrix.zeros(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) result.set(j, i, this.get(i, j));
    return result;
  }

  times(other: Matrix): Matrix {
    if (this.cols !== other.rows) throw new Error(`cannot multiply ${this.rows}×${this.cols} by ${other.rows}×${other.cols}`);
    const result = Matrix.zeros(this.rows, other.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < other.cols; j++) {
        let sum = 0;
        for (let k = 0; k < this.cols; k++) sum += this.get(i, k) * other.get(k, j);
        result.set(i, j, sum);
      }
    }
    return result;
  }

  timesVector(vector: ArrayLike<number>): Float64Array {
    if (vector.length !== this.cols) throw new Error(`cannot multiply ${this.rows}×${this.cols} by a vector of ${vector.length}`);
    const result = new Float64Array(this.rows);
    for (let i = 0; i < this.rows; i++) {
      let sum = 0;
      for (let j = 0; j < this.cols; j++) sum += this.get(i, j) * at(vector, j);
      result[i] = sum;
    }
    return result;
  }

  scale(factor: number): Matrix {
    return new Matrix(this.rows, this.cols, this.data.map((value) => value * factor));
  }
}

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

/** x'Mx for a symmetric M. */
export function quadraticForm(m: Matrix, x: ArrayLike<number>): number {
  const mx = m.timesVector(x);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += at(x, i) * at(mx, i);
  return sum;
}
