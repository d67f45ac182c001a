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
  type CurveShape,
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

/**
 * F(x) of the Bass model and its partial derivatives at "time" x (x = t for Bass, x = X(t), the integrated
 * carrier, for the Generalized Bass Model), written into out = [F, ∂F/∂p, ∂F/∂q, ∂F/∂x]. With E = e^{−(p+q)x},
 * c = q/p and D = 1 + c·E: ∂F/∂p = (x·E·(1 + c) + (1 − E)·E·q/p²) / D², ∂F/∂q = (x·E·(1 + c) − (1 − E)·E/p) / D²,
 * ∂F/∂x = (p + q)·E·(1 + c) / D².
 */
export function bassShareWithGradient(x: number, p: number, q: number, out: Float64Array): void {
  const decay = Math.exp(-(p + q) * x);
  const c = q / p;
  const denominator = 1 + c * decay;
  const squared = denominator * denominator;
  const common = decay * (1 + c);
  out[0] = (1 - decay) / denominator;
  out[1] = (x * common + ((1 - decay) * decay * q) / (p * p)) / squared;
  out[2] = (x * common - ((1 - decay) * decay) / p) / squared;
  out[3] = ((p + q) * common) / squared;
}

const share = new Float64Array(4);

/** Bass adoptions a(1..n) for θ = (m, p, q) and their Jacobian, as fits need them. */
export function bassShape(form: BassForm): CurveShape {
  return form === 'discrete' ? discreteShape : densityShape;
}

const discreteShape: CurveShape = (theta, values, jacobian) => {
  const m = theta[0] as number;
  const p = theta[1] as number;
  const q = theta[2] as number;
  let previous = 0; // F(0) and its derivatives are 0
  let previousP = 0;
  let previousQ = 0;
  for (let i = 0; i < values.length; i++) {
    bassShareWithGradient(i + 1, p, q, share);
    const now = share[0] as number;
    values[i] = m * (now - previous);
    if (jacobian) {
      jacobian[3 * i] = now - previous;
      jacobian[3 * i + 1] = m * ((share[1] as number) - previousP);
      jacobian[3 * i + 2] = m * ((share[2] as number) - previousQ);
      previousP = share[1] as number;
      previousQ = share[2] as number;
    }
    previous = now;
  }
};

const densityShape: CurveShape = (theta, values, jacobian) => {
  const m = theta[0] as number;
  const p = theta[1] as number;
  const q = theta[2] as number;
  const s = p + q;
  const c = q / p;
  for (let i = 0; i < values.length; i++) {
    const t = i + 1;
    const density = bassDensity(t, p, q);
    const value = m * density;
    values[i] = value;
    if (jacobian) {
      // ∂ log f/∂p and ∂ log f/∂q of f = (s²/p)·E/D², E = e^{−s·t}, D = 1 + c·E
      const decay = Math.exp(-s * t);
      const denominator = 1 + c * decay;
      jacobian[3 * i] = density;
      jacobian[3 * i + 1] = value * (2 / s - 1 / p - t + (2 * decay * (q / (p * p) + c * t)) / denominator);
      jacobian[3 * i + 2] = value * (2 / s - t - (2 * decay * (1 / p - c * t)) / denominator);
    }
  }
};

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

const P_GRID = geometricGrid(1e-4, 0.3, 8);
const Q_GRID = linearGrid(0, 1.5, 13);

export function fitBass(adoptions: readonly number[], options: BassFitOptions = {}): BassFit | FitFailure {
  const form = options.form ?? 'discrete';
  if (form !== 'discrete' && form !== 'density') {
    throw new Error(`Bass form must be 'discrete' or 'density', not '${String(form)}'`);
  }
  assertAdoptions(adoptions, BASS_MINIMUM_LENGTH, 'a Bass fit');
  const shape = bassShape(form);
  // Without a given start: the best points of a coarse (p, q) grid with m profiled out, tried in order until
  // one converges (a finer grid and more starts found the same optimum on 4,000 series; see bench/forecast)
  const gridStarts = options.start ? [] : profiledGridStarts(adoptions, shape, P_GRID, Q_GRID, 3);
  const fit = fitCurve({
    names: NAMES,
    shape,
    y: adoptions,
    starts: options.start ? [[options.start.m, options.start.p, options.start.q]] : gridStarts,
    firstConverged: options.start === undefined,
    lower: LOWER,
    upper: UPPER,
    options: options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations },
  });
  return fit.status === 'converged' ? { ...fit, form } : fit;
}
