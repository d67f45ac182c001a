/**
 * Bass (1969) diffusion fitted by nonlinear least squares to adoptions per period a(1..n).
 *
 * F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}) is the share of the market potential m adopted by t.
 * - discrete (default): a(t) = m·[F(t) − F(t−1)], what a period's sales are if adoption runs continuously;
 * - density:           a(t) = m·f(t), f = F′ = ((p+q)²/p)·e^{−(p+q)t} / (1 + (q/p)·e^{−(p+q)t})², the
 *   instantaneous rate at the period's end (the older, cruder approximation).
 * Bounds (handled by clamping in Levenberg–Marquardt): m > 0, 1e-9 ≤ p ≤ 1, q ≥ 0. On the classic series
 * the optimum is interior, so the bounds only stop wild trial steps; a parameter that ends on one is reported.
 */
import {
  assertFiniteSeries,
  assertLength,
  fitCurve,
  geometricGrid,
  linearGrid,
  profiledGridStarts,
  type FitFailure,
  type ParameterFit,
} from './nonlinear-fit.js';

export type BassForm = 'discrete' | 'density';

export interface BassParameters {
  /** Market potential: everyone who will ever adopt, in the series' unit. */
  m: number;
  /** Coefficient of innovation (external influence) per period. */
  p: number;
  /** Coefficient of imitation (internal influence) per period. */
  q: number;
}

export type BassFit = ParameterFit<keyof BassParameters> & { form: BassForm };

export interface BassFitOptions {
  form?: BassForm;
  /** Start here instead of searching a (p, q) grid — e.g. a previous fit when refitting bootstrap samples. */
  start?: BassParameters;
  maxIterations?: number;
}

const NAMES = ['m', 'p', 'q'] as const;
const LOWER = [1e-9, 1e-9, 0];
const UPPER = [Infinity, 1, Infinity];

/** F(t): the cumulative share adopted by time t (F(0) = 0). */
export function bassCumulativeShare(t: number, p: number, q: number): number {
  const decay = Math.exp(-(p + q) * t);
  return (1 - decay) / (1 + (q / p) * decay);
}

/** f(t) = F′(t): the adoption density at time t. */
export function bassDensity(t: number, p: number, q: number): number {
  const decay = Math.exp(-(p + q) * t);
  return (((p + q) ** 2 / p) * decay) / (1 + (q / p) * decay) ** 2;
}

/** Adoptions the model expects in periods t (t = 1 is the first period after launch). */
export function bassAdoptions(t: readonly number[], params: BassParameters, form: BassForm = 'discrete'): number[] {
  const { m, p, q } = params;
  return t.map((time) =>
    form === 'discrete'
      ? m * (bassCumulativeShare(time, p, q) - bassCumulativeShare(time - 1, p, q))
      : m * bassDensity(time, p, q),
  );
}

/** Throws unless adoptions are finite, non-negative, include a positive value and number at least `minimum`. */
export function assertAdoptions(adoptions: readonly number[], minimum: number, model: string): void {
  assertLength(adoptions, minimum, model, '3 parameters and at least 1 residual degree of freedom');
  assertFiniteSeries(adoptions, 'adoptions');
  adoptions.forEach((value, i) => {
    if (value < 0) throw new Error(`adoptions must be non-negative; value at index ${i} is ${value}`);
  });
  if (!adoptions.some((value) => value > 0)) throw new Error('adoptions must include a positive value; all are zero');
}

export const BASS_MINIMUM_LENGTH = 4;

export function fitBass(adoptions: readonly number[], options: BassFitOptions = {}): BassFit | FitFailure {
  const form = options.form ?? 'discrete';
  if (form !== 'discrete' && form !== 'density') {
    throw new Error(`Bass form must be 'discrete' or 'density', not '${String(form)}'`);
  }
  assertAdoptions(adoptions, BASS_MINIMUM_LENGTH, 'a Bass fit');
  const curve = (t: readonly number[], theta: readonly number[]): number[] =>
    bassAdoptions(t, { m: theta[0] ?? NaN, p: theta[1] ?? NaN, q: theta[2] ?? NaN }, form);
  const starts = options.start
    ? [[options.start.m, options.start.p, options.start.q]]
    : profiledGridStarts(
        adoptions,
        (t, p, q) => bassAdoptions(t, { m: 1, p, q }, form),
        geometricGrid(1e-4, 0.3, 30),
        linearGrid(0, 1.5, 61),
        3,
      );
  const fit = fitCurve({
    names: NAMES,
    curve,
    y: adoptions,
    starts,
    lower: LOWER,
    upper: UPPER,
    options: options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations },
  });
  return fit.status === 'converged' ? { ...fit, form } : fit;
}
