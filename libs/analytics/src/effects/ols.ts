import { at, inverseOfGram, leastSquares, Matrix, RankDeficiencyError } from '../linear-algebra/index.js';

export interface OlsFit {
  coefficients: number[];
  residuals: number[];
  fitted: number[];
  /** (X'X)⁻¹, the "bread" every sandwich covariance reuses. */
  xtxInverse: number[][];
  /** Residual variance s² = RSS / (n − k), statsmodels' `scale`. */
  residualVariance: number;
  /** The classic (non-robust) covariance s²(X'X)⁻¹, statsmodels' `cov_type='nonrobust'`. */
  covariance: number[][];
  degreesOfFreedom: number;
}

/** Checks a design matrix and response and returns X as a Matrix; errors name what is wrong. */
export function checkedDesign(x: readonly (readonly number[])[], y: readonly number[], yName = 'OLS response y'): Matrix {
  const design = Matrix.fromRows(x, 'OLS design matrix X');
  if (y.length !== design.rows) {
    throw new Error(`OLS needs one response value per row of X: X has ${design.rows} rows, y has ${y.length} values`);
  }
  y.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new Error(`${yName} has a non-finite value at ${i}: ${value}`);
  });
  if (design.rows <= design.cols) {
    throw new Error(`OLS needs more observations than coefficients: ${design.rows} rows for ${design.cols} columns`);
  }
  return design;
}

/** The QR factor of X with a domain-worded error when columns are dependent. */
function factor(design: Matrix, y: ArrayLike<number>): ReturnType<typeof leastSquares> {
  try {
    return leastSquares(design, y);
  } catch (error) {
    if (error instanceof RankDeficiencyError) {
      throw new Error(
        `OLS design matrix X is rank-deficient (X'X is not positive definite): column ${error.column} is a ` +
          'linear combination of the columns before it',
      );
    }
    throw error;
  }
}

/** (X'X)⁻¹ for a design matrix, by QR (used by the sandwich estimators given only X and residuals). */
export function xtxInverseOf(design: Matrix): Matrix {
  return inverseOfGram(factor(design, new Float64Array(design.rows)).r);
}

/** Ordinary least squares y = Xβ + ε, by Householder QR; X includes the constant column if one is wanted. */
export function ols(x: readonly (readonly number[])[], y: readonly number[]): OlsFit {
  const design = checkedDesign(x, y);
  const { coefficients, r } = factor(design, y);
  const fitted = Array.from(design.timesVector(coefficients));
  const residuals = y.map((value, i) => value - at(fitted, i));
  const degreesOfFreedom = design.rows - design.cols;
  const residualVariance = residuals.reduce((sum, e) => sum + e * e, 0) / degreesOfFreedom;
  const xtxInverse = inverseOfGram(r);
  return {
    coefficients: Array.from(coefficients),
    residuals,
    fitted,
    xtxInverse: xtxInverse.toRows(),
    residualVariance,
    covariance: xtxInverse.scale(residualVariance).toRows(),
    degreesOfFreedom,
  };
}
