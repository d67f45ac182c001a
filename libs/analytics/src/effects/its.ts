import { neweyWest, neweyWestMaxlags } from './hac.js';
import { type IntervalEstimate, intervalOf, linearCombination, unitWeights } from './interval-estimate.js';
import { at, Matrix, quadraticForm } from '../linear-algebra/index.js';
import { ols } from './ols.js';
import {
  checkConfidenceLevel,
  checkEventIndex,
  checkFiniteValues,
  checkSameLength,
  checkTimes,
  type InsufficientData,
  isConstant,
  thinDataWarnings,
  type TimeSeries,
  unevenSpacingWarning,
} from './series-checks.js';

/**
 * Interrupted time series by segmented regression:
 *   y = b0 + b1·t + b2·D + b3·(t − T0)·D,  D = 1 from the event on, T0 = t[eventIndex],
 * so b2 is the jump in level at the event and b3 the change in slope. Standard errors are Newey–West
 * (Bartlett kernel, no small-sample factor, as statsmodels' `fit(cov_type='HAC')`), intervals normal-based
 * (statsmodels' robust fits default to use_t=False).
 */

export interface InterruptedTimeSeriesOptions {
  /** Default 0.95. */
  confidenceLevel?: number;
  /** Newey–West lags; default floor(4 (n/100)^(2/9)). */
  maxlags?: number;
}

export interface CounterfactualPoint {
  t: number;
  actual: number;
  /** b0 + b1·t: the pre-event line carried on. */
  value: number;
  /** Of the line (b0, b1 uncertainty, from the HAC covariance), not of a single new observation. */
  standardError: number;
  lower: number;
  upper: number;
}

export interface InterruptedTimeSeriesEstimate {
  ok: true;
  /** [b0, b1, b2, b3]. */
  coefficients: number[];
  /** HAC covariance of the coefficients. */
  covariance: number[][];
  maxlags: number;
  confidenceLevel: number;
  baselineIntercept: IntervalEstimate;
  baselineSlope: IntervalEstimate;
  levelChange: IntervalEstimate;
  slopeChange: IntervalEstimate;
  /** One point per period from the event on. */
  counterfactual: CounterfactualPoint[];
  /**
   * Σ (actual − counterfactual) over the post periods. The post residuals sum to zero (D is a regressor), so
   * this equals m·b2 + b3·Σ(t − T0), whose standard error comes from the HAC covariance (statsmodels t_test).
   */
  cumulativeEffect: IntervalEstimate;
  warnings: string[];
}

export type InterruptedTimeSeriesResult = InterruptedTimeSeriesEstimate | InsufficientData;

const METHOD = 'interrupted time series';
const MINIMUM_PERIODS_EACH_SIDE = 3;

/**
 * Estimates the level and slope change of a series at an event. `eventIndex` is the index of the first
 * period at or after the event. Returns `ok: false` with warnings when the data cannot support an estimate
 * (fewer than 3 periods on either side, no variation); throws on malformed input.
 */
export function interruptedTimeSeries(
  series: TimeSeries,
  eventIndex: number,
  options: InterruptedTimeSeriesOptions = {},
): InterruptedTimeSeriesResult {
  const { t, values } = series;
  checkSameLength(values, t, METHOD);
  checkTimes(t);
  checkFiniteValues(values, `${METHOD} values`);
  checkEventIndex(eventIndex, t.length);
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  checkConfidenceLevel(confidenceLevel);

  const thin = thinDataWarnings(METHOD, eventIndex, t.length, MINIMUM_PERIODS_EACH_SIDE, MINIMUM_PERIODS_EACH_SIDE);
  if (thin.length > 0) return { ok: false, warnings: thin };
  if (isConstant(values)) {
    return { ok: false, warnings: [`${METHOD} needs variation in the values; all ${values.length} are ${values[0]}`] };
  }

  const n = t.length;
  const t0 = at(t, eventIndex);
  const design = t.map((time, i) => (i >= eventIndex ? [1, time, 1, time - t0] : [1, time, 0, 0]));
  const maxlags = options.maxlags ?? neweyWestMaxlags(n);
  const fit = ols(design, values);
  const covariance = neweyWest(design, fit.residuals, maxlags);
  const coefficient = (j: number): IntervalEstimate => linearCombination(fit.coefficients, covariance, unitWeights(4, j), confidenceLevel);

  const covarianceMatrix = Matrix.fromRows(covariance, 'HAC covariance');
  const counterfactual = t.slice(eventIndex).map((time, offset): CounterfactualPoint => {
    const value = at(fit.coefficients, 0) + at(fit.coefficients, 1) * time;
    const standardError = Math.sqrt(Math.max(0, quadraticForm(covarianceMatrix, [1, time, 0, 0])));
    const band = intervalOf(value, standardError, confidenceLevel);
    return { t: time, actual: at(values, eventIndex + offset), value, standardError, lower: band.lower, upper: band.upper };
  });
  const postPeriods = n - eventIndex;
  const elapsed = t.slice(eventIndex).reduce((sum, time) => sum + (time - t0), 0);
  const cumulativeEffect = linearCombination(fit.coefficients, covariance, [0, 0, postPeriods, elapsed], confidenceLevel);

  const warnings = unevenSpacingWarning(t);
  const largest = Math.max(...values.map(Math.abs));
  if (fit.residuals.every((residual) => Math.abs(residual) <= 1e-12 * largest)) {
    warnings.push(`${METHOD}: the segmented lines fit the values exactly, so the intervals have zero width`);
  }
  return {
    ok: true,
    coefficients: fit.coefficients,
    covariance,
    maxlags,
    confidenceLevel,
    baselineIntercept: coefficient(0),
    baselineSlope: coefficient(1),
    levelChange: coefficient(2),
    slopeChange: coefficient(3),
    counterfactual,
    cumulativeEffect,
    warnings,
  };
}
