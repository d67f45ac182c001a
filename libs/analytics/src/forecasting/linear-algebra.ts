/**
 * The little dense linear algebra the fits need: Gram matrices, Cholesky solves and inverses of small
 * symmetric positive-definite matrices. Matrices are arrays of rows. Parameters of diffusion models differ by
 * many orders of magnitude (m ~ 1e4, p ~ 1e-2), so inverses are taken on the equilibrated matrix
 * D^-1/2 A D^-1/2 (unit diagonal) and scaled back: that removes the scale part of the ill-conditioning.
 */
export type Matrix = number[][];

function at(matrix: readonly (readonly number[])[], i: number, j: number): number {
  return matrix[i]?.[j] ?? 0;
}

export function zeros(rows: number, columns: number): Matrix {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

/** JᵀJ for a Jacobian with one row per observation. */
export function gram(jacobian: readonly (readonly number[])[]): Matrix {
  const k = jacobian[0]?.length ?? 0;
  const result = zeros(k, k);
  for (const row of jacobian) {
    for (let i = 0; i < k; i++) {
      const ri = row[i] ?? 0;
      const target = result[i] as number[];
      for (let j = i; j < k; j++) target[j] = (target[j] ?? 0) + ri * (row[j] ?? 0);
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) (result[i] as number[])[j] = at(result, j, i);
  return result;
}

/** Jᵀr. */
export function transposeTimes(jacobian: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const k = jacobian[0]?.length ?? 0;
  const result = new Array<number>(k).fill(0);
  jacobian.forEach((row, r) => {
    const v = vector[r] ?? 0;
    for (let j = 0; j < k; j++) result[j] = (result[j] ?? 0) + (row[j] ?? 0) * v;
  });
  return result;
}

/** Lower-triangular L with A = LLᵀ, or null when A is not (numerically) positive definite. */
export function cholesky(a: readonly (readonly number[])[]): Matrix | null {
  const n = a.length;
  const l = zeros(n, n);
  for (let j = 0; j < n; j++) {
    let diagonal = at(a, j, j);
    for (let k = 0; k < j; k++) diagonal -= at(l, j, k) ** 2;
    // relative pivot test: a pivot lost to rounding means the matrix is singular for our purposes
    if (!(diagonal > 1e-13 * Math.abs(at(a, j, j))) || !Number.isFinite(diagonal)) return null;
    const pivot = Math.sqrt(diagonal);
    (l[j] as number[])[j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = at(a, i, j);
      for (let k = 0; k < j; k++) sum -= at(l, i, k) * at(l, j, k);
      (l[i] as number[])[j] = sum / pivot;
    }
  }
  return l;
}

/** Solves LLᵀx = b. */
export function choleskySolve(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= at(l, i, k) * (y[k] ?? 0);
    y[i] = sum / at(l, i, i);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) sum -= at(l, k, i) * (x[k] ?? 0);
    x[i] = sum / at(l, i, i);
  }
  return x;
}

/** Solves the symmetric positive-definite system Ax = b after equilibration, or null when singular. */
export function solveSymmetric(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const scale = a.map((_, i) => {
    const d = at(a, i, i);
    return d > 0 ? 1 / Math.sqrt(d) : Number.NaN;
  });
  if (scale.some((s) => !Number.isFinite(s))) return null;
  const scaled = a.map((row, i) => row.map((value, j) => value * (scale[i] ?? 0) * (scale[j] ?? 0)));
  const l = cholesky(scaled);
  if (l === null) return null;
  const x = choleskySolve(
    l,
    b.map((value, i) => value * (scale[i] ?? 0)),
  );
  return x.map((value, i) => value * (scale[i] ?? 0));
}

/** A⁻¹ of a symmetric positive-definite matrix (equilibrated), or null when singular. */
export function invertSymmetric(a: readonly (readonly number[])[]): Matrix | null {
  const n = a.length;
  const columns: number[][] = [];
  for (let j = 0; j < n; j++) {
    const unit = new Array<number>(n).fill(0);
    unit[j] = 1;
    const column = solveSymmetric(a, unit);
    if (column === null) return null;
    columns.push(column);
  }
  // symmetrize: the two triangles differ only by rounding
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => ((columns[j]?.[i] ?? 0) + (columns[i]?.[j] ?? 0)) / 2),
  );
}

/** Ordinary least squares by equilibrated normal equations: coefficients and (XᵀX)⁻¹, or null if X is rank deficient. */
export function ordinaryLeastSquares(
  design: readonly (readonly number[])[],
  y: readonly number[],
): { coefficients: number[]; inverseGram: Matrix } | null {
  const xtx = gram(design);
  const inverseGram = invertSymmetric(xtx);
  const coefficients = solveSymmetric(xtx, transposeTimes(design, y));
  if (inverseGram === null || coefficients === null) return null;
  return { coefficients, inverseGram };
}
