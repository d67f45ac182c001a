import { at, Matrix } from '../linear-algebra/index.js';
import { checkedDesign, xtxInverseOf } from './ols.js';

/**
 * Heteroskedasticity- and autocorrelation-consistent (HAC) covariances of OLS coefficients, written to
 * match statsmodels 0.13/0.14 term by term: the sandwich (X'X)⁻¹ S (X'X)⁻¹ with the Bartlett-kernel
 * "meat" S = Γ₀ + Σ_{l=1..L} (1 − l/(L+1)) (Γ_l + Γ_lᵀ), Γ_l = Σ_t s_t s_{t−l}ᵀ over score rows s_t = x_t e_t.
 */

/** The usual automatic lag length floor(4 (n/100)^(2/9)) (Newey & West 1994; statsmodels' default too). */
export function neweyWestMaxlags(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Newey-West lag rule needs a positive sample size; got ${n}`);
  return Math.floor(4 * (n / 100) ** (2 / 9));
}

export interface NeweyWestOptions {
  /**
   * Multiply by n/(n − k). Default false — what `OLS(...).fit(cov_type='HAC', cov_kwds={'maxlags': L})`
   * does: its fit path defaults `use_correction` to False (only the lower-level `cov_hac_simple` defaults it to
   * True). Set true to match `cov_kwds={'maxlags': L, 'use_correction': True}`.
   */
  smallSampleCorrection?: boolean;
}

function checkedMaxlags(maxlags: number, periods: number): void {
  if (!Number.isInteger(maxlags) || maxlags < 0) throw new RangeError(`maxlags must be a non-negative integer; got ${maxlags}`);
  if (maxlags >= periods) throw new RangeError(`maxlags must be below the number of periods (${periods}); got ${maxlags}`);
}

function checkedResiduals(residuals: readonly number[], rows: number): void {
  if (residuals.length !== rows) throw new Error(`HAC needs one residual per row of X: X has ${rows} rows, ${residuals.length} residuals`);
}

/** The Bartlett-weighted sum of autocovariances of the score rows (ordered in time). */
function bartlettMeat(scores: Matrix, maxlags: number): Matrix {
  const k = scores.cols;
  const meat = Matrix.zeros(k, k);
  for (let lag = 0; lag <= maxlags; lag++) {
    const weight = 1 - lag / (maxlags + 1);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        let gamma = 0;
        for (let t = lag; t < scores.rows; t++) gamma += scores.get(t, a) * scores.get(t - lag, b);
        // Γ_l + Γ_lᵀ for l > 0: add gamma at (a, b) and at (b, a); Γ₀ once.
        meat.set(a, b, meat.get(a, b) + weight * gamma);
        if (lag > 0) meat.set(b, a, meat.get(b, a) + weight * gamma);
      }
    }
  }
  return meat;
}

function sandwich(design: Matrix, meat: Matrix): Matrix {
  const bread = xtxInverseOf(design);
  return bread.times(meat).times(bread);
}

function scoresOf(design: Matrix, residuals: readonly number[]): Matrix {
  const scores = Matrix.zeros(design.rows, design.cols);
  for (let i = 0; i < design.rows; i++) for (let j = 0; j < design.cols; j++) scores.set(i, j, design.get(i, j) * at(residuals, i));
  return scores;
}

/**
 * Newey–West HAC covariance for a single series whose rows are consecutive, equally spaced periods.
 * Matches statsmodels `OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': maxlags})`.
 */
export function neweyWest(
  x: readonly (readonly number[])[],
  residuals: readonly number[],
  maxlags: number,
  options: NeweyWestOptions = {},
): number[][] {
  checkedResiduals(residuals, x.length);
  const design = checkedDesign(x, residuals, 'HAC residuals');
  checkedMaxlags(maxlags, design.rows);
  const covariance = sandwich(design, bartlettMeat(scoresOf(design, residuals), maxlags));
  const correction = options.smallSampleCorrection ? design.rows / (design.rows - design.cols) : 1;
  return covariance.scale(correction).toRows();
}

export interface DriscollKraayOptions {
  /**
   * 'cluster' (default, statsmodels' default for `cov_type='hac-groupsum'`) multiplies by
   * T/(T − 1) · (N − 1)/(N − k) for T periods and N rows; 'none' matches `use_correction=False`.
   */
  smallSampleCorrection?: 'cluster' | 'none';
}

/**
 * Driscoll–Kraay covariance for a panel: the score rows are summed within each period, then Newey–West runs
 * over the period sums (ordered by period value). Robust to correlation between units in the same period and
 * across nearby periods. Matches statsmodels `fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': L})`.
 */
export function driscollKraay(
  x: readonly (readonly number[])[],
  residuals: readonly number[],
  period: readonly number[],
  maxlags: number,
  options: DriscollKraayOptions = {},
): number[][] {
  checkedResiduals(residuals, x.length);
  const design = checkedDesign(x, residuals, 'HAC residuals');
  if (period.length !== design.rows) throw new Error(`Driscoll-Kraay needs one period per row of X: ${design.rows} rows, ${period.length} periods`);
  period.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new Error(`Driscoll-Kraay period has a non-finite value at row ${i}: ${value}`);
  });
  const periods = [...new Set(period)].sort((a, b) => a - b);
  const position = new Map(periods.map((value, index) => [value, index]));
  checkedMaxlags(maxlags, periods.length);

  const rowScores = scoresOf(design, residuals);
  const periodSums = Matrix.zeros(periods.length, design.cols);
  period.forEach((value, i) => {
    const p = position.get(value) ?? 0;
    for (let j = 0; j < design.cols; j++) periodSums.set(p, j, periodSums.get(p, j) + rowScores.get(i, j));
  });
  const covariance = sandwich(design, bartlettMeat(periodSums, maxlags));
  const n = design.rows;
  const correction =
    (options.smallSampleCorrection ?? 'cluster') === 'cluster'
      ? (periods.length / (periods.length - 1)) * ((n - 1) / (n - design.cols))
      : 1;
  return covariance.scale(correction).toRows();
}
