import { type DriscollKraayOptions, driscollKraay, neweyWest, neweyWestMaxlags } from './hac.js';
import { type IntervalEstimate, linearCombination, unitWeights } from './interval-estimate.js';
import { at } from '../linear-algebra/index.js';
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
  unevenSpacingWarning,
} from './series-checks.js';

/**
 * Difference-in-differences against one control series, on the stacked two-unit panel
 *   y = a + b·post + c·treated + d·(post·treated),
 * so d is the effect. Standard errors: Driscoll–Kraay (statsmodels `cov_type='hac-groupsum'` with the period as
 * `time`, its default 'cluster' small-sample factor, normal intervals). Why: the two products share a market, so
 * their errors in the same period correlate, and each series is autocorrelated. Clustering by unit would leave
 * two clusters (unusable); plain HAC on the stacked rows would lag across the seam between the units. For d,
 * this equals Newey–West on the gap series (treated − control) regressed on [1, post], times the factor.
 */

export interface DifferenceInDifferencesInput {
  /** Shared period positions, strictly increasing. */
  t: readonly number[];
  treated: readonly number[];
  control: readonly number[];
}

export interface DifferenceInDifferencesOptions {
  /** Default 0.95. */
  confidenceLevel?: number;
  /** Lags over periods; default floor(4 (T/100)^(2/9)) for T periods. */
  maxlags?: number;
  /** Default 'cluster' (statsmodels' default). */
  smallSampleCorrection?: DriscollKraayOptions['smallSampleCorrection'];
}

export interface PreTrendCheck {
  treatedSlope: number;
  controlSlope: number;
  /** Slope of the pre-period gap (treated − control) on t, with Newey–West errors (lags from the pre-period length). */
  difference: IntervalEstimate;
  maxlags: number;
}

export interface DifferenceInDifferencesEstimate {
  ok: true;
  /** [a, b, c, d]: control before, control's change, treated − control before, the effect. */
  coefficients: number[];
  covariance: number[][];
  maxlags: number;
  confidenceLevel: number;
  effect: IntervalEstimate;
  preTrend: PreTrendCheck;
  warnings: string[];
}

export type DifferenceInDifferencesResult = DifferenceInDifferencesEstimate | InsufficientData;

const METHOD = 'difference-in-differences';
const MINIMUM_PERIODS_EACH_SIDE = 3;

/** Slope of y on [1, t] by OLS. */
function slopeOf(t: readonly number[], y: readonly number[]): number {
  return at(ols(t.map((time) => [1, time]), y).coefficients, 1);
}

function preTrendCheck(input: DifferenceInDifferencesInput, eventIndex: number, confidenceLevel: number): PreTrendCheck {
  const t = input.t.slice(0, eventIndex);
  const treated = input.treated.slice(0, eventIndex);
  const control = input.control.slice(0, eventIndex);
  const gap = treated.map((value, i) => value - at(control, i));
  const design = t.map((time) => [1, time]);
  const fit = ols(design, gap);
  const maxlags = neweyWestMaxlags(eventIndex);
  const covariance = neweyWest(design, fit.residuals, maxlags);
  return {
    treatedSlope: slopeOf(t, treated),
    controlSlope: slopeOf(t, control),
    difference: linearCombination(fit.coefficients, covariance, [0, 1], confidenceLevel),
    maxlags,
  };
}

/** The parallel-trends assumption is in doubt when the pre-period slope difference is clearly non-zero. */
function preTrendWarning(check: PreTrendCheck, confidenceLevel: number): string[] {
  const { estimate, lower, upper } = check.difference;
  const negligible = Math.abs(estimate) <= 1e-9 * (Math.abs(check.treatedSlope) + Math.abs(check.controlSlope));
  if (negligible || (lower <= 0 && upper >= 0)) return [];
  return [
    `pre-period trends are not parallel: the treated series' slope is ${check.treatedSlope.toPrecision(4)} per period, ` +
      `the control's ${check.controlSlope.toPrecision(4)} (difference ${estimate.toPrecision(4)}, ` +
      `${Math.round(confidenceLevel * 100)}% interval ${lower.toPrecision(4)} to ${upper.toPrecision(4)}); ` +
      'the difference-in-differences estimate absorbs any continuing divergence',
  ];
}

/**
 * Estimates the effect of an event on the treated series relative to the control. `eventIndex` is the index of
 * the first period at or after the event. Returns `ok: false` with warnings when the data cannot support an
 * estimate; throws on malformed input.
 */
export function differenceInDifferences(
  input: DifferenceInDifferencesInput,
  eventIndex: number,
  options: DifferenceInDifferencesOptions = {},
): DifferenceInDifferencesResult {
  const { t, treated, control } = input;
  checkSameLength(treated, t, `${METHOD} treated series`);
  checkSameLength(control, t, `${METHOD} control series`);
  checkTimes(t);
  checkFiniteValues(treated, `${METHOD} treated series`);
  checkFiniteValues(control, `${METHOD} control series`);
  checkEventIndex(eventIndex, t.length);
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  checkConfidenceLevel(confidenceLevel);

  const thin = thinDataWarnings(METHOD, eventIndex, t.length, MINIMUM_PERIODS_EACH_SIDE, MINIMUM_PERIODS_EACH_SIDE);
  if (thin.length > 0) return { ok: false, warnings: thin };
  const stacked = [...treated, ...control];
  if (isConstant(stacked)) {
    return { ok: false, warnings: [`${METHOD} needs variation in the values; all ${stacked.length} are ${stacked[0]}`] };
  }

  // The treated unit's periods, then the control's; the period index is shared so scores sum per period.
  const row = (isTreated: number) => (_: number, i: number) => {
    const post = i >= eventIndex ? 1 : 0;
    return [1, post, isTreated, post * isTreated];
  };
  const design = [...t.map(row(1)), ...t.map(row(0))];
  const period = [...t.map((_, i) => i), ...t.map((_, i) => i)];
  const maxlags = options.maxlags ?? neweyWestMaxlags(t.length);
  const fit = ols(design, stacked);
  const covariance = driscollKraay(design, fit.residuals, period, maxlags, {
    smallSampleCorrection: options.smallSampleCorrection ?? 'cluster',
  });

  const preTrend = preTrendCheck(input, eventIndex, confidenceLevel);
  return {
    ok: true,
    coefficients: fit.coefficients,
    covariance,
    maxlags,
    confidenceLevel,
    effect: linearCombination(fit.coefficients, covariance, unitWeights(4, 3), confidenceLevel),
    preTrend,
    warnings: [...unevenSpacingWarning(t), ...preTrendWarning(preTrend, confidenceLevel)],
  };
}
