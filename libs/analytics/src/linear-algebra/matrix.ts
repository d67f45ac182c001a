/**
 * The one dense matrix type of libs/analytics: row-major values in a Float64Array. Regressions and fits here
 * have a handful of columns, so plain loops are simple and fast enough; hot loops may read and write `data`
 * directly (element (i, j) is data[i * cols + j]).
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
    readonly data: Float64Array,
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

  /** Builds a rows×cols matrix from a function of (i, j); no checks (the caller's values may be NaN). */
  static from(rows: number, cols: number, value: (i: number, j: number) => number): Matrix {
    const matrix = Matrix.zeros(rows, cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) matrix.data[i * cols + j] = value(i, j);
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

/** x'Mx for a symmetric M. */
export function quadraticForm(m: Matrix, x: ArrayLike<number>): number {
  const mx = m.timesVector(x);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += at(x, i) * at(mx, i);
  return sum;
}
