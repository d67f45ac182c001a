import { at } from '../linear-algebra/index.js';
import { DependentColumnsError, simplexLeastSquares } from './simplex-least-squares.js';
import {
  checkEventIndex,
  checkFiniteValues,
  checkSameLength,
  checkTimes,
  type InsufficientData,
  thinDataWarnings,
} from './series-checks.js';

/**
 * Synthetic control, outcome only (Abadie, Diamond & Hainmueller without covariates): non-negative donor
 * weights summing to 1 that minimize the pre-period squared gap to the treated series. Inference is by placebos
 * in space: each donor in turn plays the treated unit, with the other donors as its pool — the treated unit is
 * left out of the placebo pools because its post-period carries the effect — and the p-value is the share of all
 * units whose post/pre RMSPE ratio is at least the treated unit's.
 */

export interface Donor {
  name: string;
  values: readonly number[];
}

export interface SyntheticControlInput {
  t: readonly number[];
  treated: readonly number[];
  donors: readonly Donor[];
}

export interface SyntheticControlOptions {
  /** Warn when the pre-period RMSPE exceeds this fraction of the treated series' pre-period RMS level. Default 0.1. */
  poorFitFraction?: number;
}

export interface DonorWeight {
  name: string;
  weight: number;
}

export interface PlaceboRun {
  donor: string;
  weights: DonorWeight[];
  preRmspe: number;
  postRmspe: number;
  rmspeRatio: number;
}

export interface SyntheticControlEstimate {
  ok: true;
  /** In the donors' order. */
  weights: DonorWeight[];
  synthetic: number[];
  /** treated − synthetic, every period. */
  gaps: number[];
  preRmspe: number;
  postRmspe: number;
  rmspeRatio: number;
  placebos: PlaceboRun[];
  /** #{units with ratio ≥ the treated unit's} / (donors + 1); at best 1/(donors + 1). */
  pValue: number;
  warnings: string[];
}

export type SyntheticControlResult = SyntheticControlEstimate | InsufficientData;

const METHOD = 'synthetic control';
const MINIMUM_PERIODS_BEFORE = 3;
const MINIMUM_PERIODS_AFTER = 1;
const MINIMUM_DONORS = 2;
/** Placebo p-values can only reach 0.05 with at least 19 donors. */
const DONORS_FOR_FIVE_PERCENT = 19;

function rootMeanSquare(values: readonly number[]): number {
  return Math.sqrt(values.reduce((sum, value) => sum + value * value, 0) / values.length);
}

interface Fit {
  weights: number[];
  synthetic: number[];
  gaps: number[];
  preRmspe: number;
  postRmspe: number;
}

function fit(treated: readonly number[], donors: readonly (readonly number[])[], eventIndex: number): Fit {
  const weights = simplexLeastSquares(
    donors.map((values) => values.slice(0, eventIndex)),
    treated.slice(0, eventIndex),
  );
  const synthetic = treated.map((_, i) => donors.reduce((sum, values, j) => sum + at(weights, j) * at(values, i), 0));
  const gaps = treated.map((value, i) => value - at(synthetic, i));
  return {
    weights,
    synthetic,
    gaps,
    preRmspe: rootMeanSquare(gaps.slice(0, eventIndex)),
    postRmspe: rootMeanSquare(gaps.slice(eventIndex)),
  };
}

function named(weights: readonly number[], names: readonly string[]): DonorWeight[] {
  return weights.map((weight, j) => ({ name: names[j] ?? `donor ${j}`, weight }));
}

function checkInput(input: SyntheticControlInput, eventIndex: number): void {
  checkTimes(input.t);
  checkSameLength(input.treated, input.t, `${METHOD} treated series`);
  checkFiniteValues(input.treated, `${METHOD} treated series`);
  input.donors.forEach((donor) => {
    checkSameLength(donor.values, input.t, `${METHOD} donor '${donor.name}'`);
    checkFiniteValues(donor.values, `${METHOD} donor '${donor.name}'`);
  });
  const names = input.donors.map((donor) => donor.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) throw new Error(`${METHOD} donor names must be unique; '${repeated}' appears more than once`);
  checkEventIndex(eventIndex, input.t.length);
}

function fitWarnings(treatedPre: readonly number[], preRmspe: number, poorFitFraction: number): string[] {
  const level = rootMeanSquare(treatedPre);
  const mean = treatedPre.reduce((sum, value) => sum + value, 0) / treatedPre.length;
  const spread = rootMeanSquare(treatedPre.map((value) => value - mean));
  const warnings: string[] = [];
  if (preRmspe > poorFitFraction * level) {
    warnings.push(
      `${METHOD} fits the pre-period poorly: RMSPE ${preRmspe.toPrecision(4)} is ${((100 * preRmspe) / level).toFixed(1)}% ` +
        `of the treated series' typical level ${level.toPrecision(4)} (threshold ${100 * poorFitFraction}%); ` +
        'the treated series may lie outside the range the donors can mix',
    );
  } else if (preRmspe > spread) {
    warnings.push(
      `${METHOD} fits the pre-period worse than the treated series' own mean: RMSPE ${preRmspe.toPrecision(4)} ` +
        `exceeds its standard deviation ${spread.toPrecision(4)}`,
    );
  }
  return warnings;
}

/**
 * Builds the synthetic series for `treated` from `donors`, with `eventIndex` the index of the first period at or
 * after the event. Returns `ok: false` with warnings when the data cannot support an estimate (too few periods or
 * donors, donors that are mixes of one another over the pre-period); throws on malformed input.
 */
export function syntheticControl(
  input: SyntheticControlInput,
  eventIndex: number,
  options: SyntheticControlOptions = {},
): SyntheticControlResult {
  checkInput(input, eventIndex);
  const poorFitFraction = options.poorFitFraction ?? 0.1;
  if (!(poorFitFraction > 0)) throw new RangeError(`poorFitFraction must be positive; got ${poorFitFraction}`);
  const thin = thinDataWarnings(METHOD, eventIndex, input.t.length, MINIMUM_PERIODS_BEFORE, MINIMUM_PERIODS_AFTER);
  if (input.donors.length < MINIMUM_DONORS) {
    thin.push(`${METHOD} needs at least ${MINIMUM_DONORS} donors; got ${input.donors.length}`);
  }
  if (thin.length > 0) return { ok: false, warnings: thin };

  const names = input.donors.map((donor) => donor.name);
  const series = input.donors.map((donor) => donor.values);
  let main: Fit;
  try {
    main = fit(input.treated, series, eventIndex);
  } catch (error) {
    if (!(error instanceof DependentColumnsError)) throw error;
    const culprit = names[error.column] ?? `donor ${error.column}`;
    return {
      ok: false,
      warnings: [
        `${METHOD} weights are not unique: over the ${eventIndex} pre-event periods donor '${culprit}' is a weighted ` +
          'combination of the donors listed before it (too few pre-event periods for this many donors, or a duplicated donor)',
      ],
    };
  }

  // Every placebo pool is a subset of the donors, so it is affinely independent as well.
  const placebos = series.map((values, j): PlaceboRun => {
    const pool = series.filter((_, k) => k !== j);
    const run = fit(values, pool, eventIndex);
    return {
      donor: names[j] ?? `donor ${j}`,
      weights: named(run.weights, names.filter((_, k) => k !== j)),
      preRmspe: run.preRmspe,
      postRmspe: run.postRmspe,
      rmspeRatio: run.postRmspe / run.preRmspe,
    };
  });
  const rmspeRatio = main.postRmspe / main.preRmspe;
  const atLeastAsExtreme = 1 + placebos.filter((placebo) => placebo.rmspeRatio >= rmspeRatio).length;

  const warnings = fitWarnings(input.treated.slice(0, eventIndex), main.preRmspe, poorFitFraction);
  const donors = input.donors.length;
  if (donors < DONORS_FOR_FIVE_PERCENT) {
    warnings.push(
      `${METHOD} has only ${donors} donors, so the placebo p-value cannot go below 1/${donors + 1} = ` +
        `${(1 / (donors + 1)).toFixed(3)}; at least ${DONORS_FOR_FIVE_PERCENT} donors are needed to reach 0.05`,
    );
  }
  if (main.preRmspe === 0) warnings.push(`${METHOD} reproduces the pre-period exactly, so the RMSPE ratio is infinite`);
  return {
    ok: true,
    weights: named(main.weights, names),
    synthetic: main.synthetic,
    gaps: main.gaps,
    preRmspe: main.preRmspe,
    postRmspe: main.postRmspe,
    rmspeRatio,
    placebos,
    pValue: atLeastAsExtreme / (donors + 1),
    warnings,
  };
}
