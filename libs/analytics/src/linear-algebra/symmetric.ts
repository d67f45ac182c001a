/**
 * Gram matrices, Cholesky solves and inverses of small symmetric positive-definite matrices, as nonlinear
 * fits need them. Parameters of diffusion models differ by many orders of magnitude (m ~ 1e4, p ~ 1e-2), so
 * systems are solved on the equilibrated matrix D^-1/2 A D^-1/2 (unit diagonal) and scaled back: that removes
 * the scale part of the ill-conditioning. The *InPlace forms take their workspace from the caller, so a fit's
 * inner loop allocates nothing.
 */
import { Matrix } from './matrix.js';

/** JᵀJ for a Jacobian with one row per observation. */
export function gram(jacobian: Matrix): Matrix {
  const k = jacobian.cols;
  const result = Matrix.zeros(k, k);
  gramInPlace(jacobian.data, jacobian.rows, k, result.data);
  return result;
}

/** out (k×k) = JᵀJ for a row-major n×k J. */
export function gramInPlace(j: Float64Array, n: number, k: number, out: Float64Array): void {
  out.fill(0, 0, k * k);
  for (let r = 0; r < n; r++) {
    const row = r * k;
    for (let a = 0; a < k; a++) {
      const ra = j[row + a] as number;
      for (let b = a; b < k; b++) out[a * k + b] = (out[a * k + b] as number) + ra * (j[row + b] as number);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a] as number;
}

/** Jᵀr. */
export function transposeTimes(jacobian: Matrix, vector: ArrayLike<number>): Float64Array {
  const result = new Float64Array(jacobian.cols);
  transposeTimesInPlace(jacobian.data, jacobian.rows, jacobian.cols, vector, result);
  return result;
}

/** out (k) = Jᵀv for a row-major n×k J. */
export function transposeTimesInPlace(j: Float64Array, n: number, k: number, v: ArrayLike<number>, out: Float64Array): void {
  out.fill(0, 0, k);
  for (let r = 0; r < n; r++) {
    const value = v[r] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (j[r * k + c] as number) * value;
  }
}

/**
 * Overwrites the lower triangle of the n×n row-major `a` with L (A = LLᵀ); false when A is not (numerically)
 * positive definite. Reads only the lower triangle of A.
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const original = a[j * n + j] as number;
    let diagonal = original;
    for (let k = 0; k < j; k++) diagonal -= (a[j * n + k] as number) ** 2;
    // relative pivot test: a pivot lost to rounding means the matrix is singular for our purposes
    if (!(diagonal > 1e-13 * Math.abs(original)) || !Number.isFinite(diagonal)) return false;
    const pivot = Math.sqrt(diagonal);
    a[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (a[i * n + k] as number) * (a[j * n + k] as number);
      a[i * n + j] = sum / pivot;
    }
  }
  return true;
}

/** Solves LLᵀx = b in place (b becomes x), L in the lower triangle of the n×n row-major `l`. */
export function choleskySolveInPlace(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (b[k] as number);
    b[i] = sum / (l[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (b[k] as number);
    b[i] = sum / (l[i * n + i] as number);
  }
}

/** Lower-triangular L with A = LLᵀ, or null when A is not (numerically) positive definite. */
export function cholesky(a: Matrix): Matrix | null {
  const n = a.rows;
  const l = Matrix.zeros(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l.data[i * n + j] = a.data[i * n + j] as number;
  return choleskyInPlace(l.data, n) ? l : null;
}

/** Solves LLᵀx = b. */
export function choleskySolve(l: Matrix, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from({ length: l.rows }, (_, i) => b[i] ?? 0);
  choleskySolveInPlace(l.data, l.rows, x);
  return x;
}

/**
 * Solves the symmetric positive-definite n×n system Ax = b after equilibration: `a` (row-major) is overwritten
 * by the factor, `b` by x, `scale` (n) is workspace. False when A is singular.
 */
export function solveSymmetricInPlace(a: Float64Array, n: number, b: Float64Array, scale: Float64Array): boolean {
  for (let i = 0; i < n; i++) {
    const d = a[i * n + i] as number;
    const s = d > 0 ? 1 / Math.sqrt(d) : Number.NaN;
    if (!Number.isFinite(s)) return false;
    scale[i] = s;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * n + j] = (a[i * n + j] as number) * (scale[i] as number) * (scale[j] as number);
    b[i] = (b[i] as number) * (scale[i] as number);
  }
  if (!choleskyInPlace(a, n)) return false;
  choleskySolveInPlace(a, n, b);
  for (let i = 0; i < n; i++) b[i] = (b[i] as number) * (scale[i] as number);
  return true;
}

/** Solves the symmetric positive-definite system Ax = b after equilibration, or null when singular. */
export function solveSymmetric(a: Matrix, b: ArrayLike<number>): Float64Array | null {
  const n = a.rows;
  const x = Float64Array.from({ length: n }, (_, i) => b[i] ?? 0);
  return solveSymmetricInPlace(a.data.slice(), n, x, new Float64Array(n)) ? x : null;
}

/** A⁻¹ of a symmetric positive-definite matrix (equilibrated), or null when singular. */
export function invertSymmetric(a: Matrix): Matrix | null {
  const n = a.rows;
  const columns: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const unit = new Float64Array(n);
    unit[j] = 1;
    const column = solveSymmetric(a, unit);
    if (column === null) return null;
    columns.push(column);
  }
  // symmetrize: the two triangles differ only by rounding
  return Matrix.from(n, n, (i, j) => ((columns[j]?.[i] ?? 0) + (columns[i]?.[j] ?? 0)) / 2);
}

/** Ordinary least squares by equilibrated normal equations: coefficients and (XᵀX)⁻¹, or null if X is rank deficient. */
export function ordinaryLeastSquares(
  design: Matrix,
  y: ArrayLike<number>,
): { coefficients: Float64Array; inverseGram: Matrix } | null {
  const xtx = gram(design);
  const inverseGram = invertSymmetric(xtx);
  const coefficients = solveSymmetric(xtx, transposeTimes(design, y));
  if (inverseGram === null || coefficients === null) return null;
  return { coefficients, inverseGram };
}
