/**
 * The Generalized Bass Model (Bass, Krishnan & Jain 1994, "Why the Bass model fits without decision
 * variables", Marketing Science 13(3):203–223) with one shock, parametrised as R's DIMORA `GBM` does.
 *
 * BKJ's model: the hazard of adoption is scaled by a "carrier" x(t) of current effort,
 *   f(t) / (1 − F(t)) = (p + q·F(t))·x(t),
 * whose solution with F(0) = 0 is Bass's F evaluated on the integrated carrier X(t) = ∫₀ᵗ x(τ) dτ:
 *   F(t) = (1 − e^{−(p+q)·X(t)}) / (1 + (q/p)·e^{−(p+q)·X(t)}),   z(t) = m·F(t) cumulative adoptions.
 * With x ≡ 1, X(t) = t and this is Bass (1969). The shocks (Guseo, Dalla Valle & Guidolin 2007, as DIMORA
 * implements them; t = 1..n indexes the periods):
 * - rectangular: x(t) = 1 + c·1{a ≤ t ≤ b};  X(t) = t + c·(t − a)·1{a ≤ t ≤ b} + c·(b − a)·1{t > b}
 *   (a: start, b: end, c: intensity — c = 0.5 is adoption running 50% faster inside the window);
 * - exponential: x(t) = 1 + c·e^{b·(t − a)}·1{t ≥ a};  X(t) = t + (c/b)·(e^{b·(t − a)} − 1)·1{t ≥ a}
 *   (a: start, b: memory, negative for a decaying effect, c: intensity at the start).
 * As DIMORA does, the model is fitted by nonlinear least squares to the cumulative series z(t) (the running
 * sum of the adoptions given), with standard errors s²·(JᵀJ)⁻¹, s² = SSE / (n − 6), as minpack.lm's nls.lm
 * summary reports them — optimistic, since the residuals of a running total are autocorrelated (on the
 * synthetic series of the specs they are several times too small). Adoptions per period are z(t) − z(t − 1).
 */
import { bassShareWithGradient, fitBass, type BassParameters } from './bass.js';
import {
  assertFiniteSeries,
  fitCurve,
  timesOneTo,
  type CurveShape,
  type FitFailure,
  type ParameterFit,
  withPinnedParameters,
} from './nonlinear-fit.js';

export type BassShock = 'rectangular' | 'exponential';

export interface GeneralizedBassParameters extends BassParameters {
  /** When the shock starts, on the period scale t = 1..n (may fall between periods). */
  a: number;
  /** Rectangular: when the shock ends (same scale as a). Exponential: its memory per period (< 0 decays). */
  b: number;
  /** Intensity: the carrier is 1 + c inside a rectangular shock, 1 + c·e^{b(t − a)} after an exponential one. */
  c: number;
}

export type GeneralizedBassFit = ParameterFit<keyof GeneralizedBassParameters> & { shock: BassShock };

export interface GeneralizedBassFitOptions {
  shock: BassShock;
  /** Start here instead of searching (DIMORA's prelimestimates). */
  start?: GeneralizedBassParameters;
  maxIterations?: number;
}

export const GENERALIZED_BASS_MINIMUM_LENGTH = 7;
const NAMES = ['m', 'p', 'q', 'a', 'b', 'c'] as const;
// m > 0, 0 < p ≤ 1, q ≥ 0, c ≥ −1 (a carrier below 0 would run adoption backwards); a and b are free
const LOWER = [1e-9, 1e-9, 0, -Infinity, -Infinity, -1];
const UPPER = [Infinity, 1, Infinity, Infinity, Infinity, Infinity];

/** (e^z − 1)/z, 1 at z = 0. */
function expm1OverZ(z: number): number {
  return Math.abs(z) < 1e-8 ? 1 + z / 2 : Math.expm1(z) / z;
}

/** (z·e^z − (e^z − 1))/z², 1/2 at z = 0 (∂/∂b of (e^{b·d} − 1)/b is d² times this, z = b·d). */
function expm1Slope(z: number): number {
  return Math.abs(z) < 1e-4 ? 0.5 + z / 3 + (z * z) / 8 : (z * Math.exp(z) - Math.expm1(z)) / (z * z);
}

/** X(t) and its partial derivatives (∂X/∂a, ∂X/∂b, ∂X/∂c) into out = [X, Xa, Xb, Xc]. */
export function carrierIntegralWithGradient(shock: BassShock, t: number, a: number, b: number, c: number, out: Float64Array): void {
  out[0] = t;
  out[1] = 0;
  out[2] = 0;
  out[3] = 0;
  if (shock === 'rectangular') {
    if (a <= t && t <= b) {
      out[0] = t + c * (t - a);
      out[1] = -c;
      out[3] = t - a;
    } else if (b < t) {
      // as DIMORA writes it: the term applies after b whatever a is (a fit with b < a is flagged)
      out[0] = t + c * (b - a);
      out[1] = -c;
      out[2] = c;
      out[3] = b - a;
    }
    return;
  }
  if (t >= a) {
    const d = t - a;
    const z = b * d;
    out[0] = t + c * d * expm1OverZ(z);
    out[1] = -c * Math.exp(z);
    out[2] = c * d * d * expm1Slope(z);
    out[3] = d * expm1OverZ(z);
  }
}

/** The carrier x(t): 1 outside the shock. */
export function shockCarrier(shock: BassShock, t: number, params: Pick<GeneralizedBassParameters, 'a' | 'b' | 'c'>): number {
  const { a, b, c } = params;
  if (shock === 'rectangular') return a <= t && t <= b ? 1 + c : 1;
  return t >= a ? 1 + c * Math.exp(b * (t - a)) : 1;
}

const integral = new Float64Array(4);
const share = new Float64Array(4);

/** Cumulative adoptions z(t) = m·F(X(t)) at the given times (t = 0 gives 0). */
export function generalizedBassCumulative(t: readonly number[], params: GeneralizedBassParameters, shock: BassShock): number[] {
  const { m, p, q, a, b, c } = params;
  return t.map((time) => {
    carrierIntegralWithGradient(shock, time, a, b, c, integral);
    bassShareWithGradient(integral[0] as number, p, q, share);
    return m * (share[0] as number);
  });
}

/** Adoptions per period z(t) − z(t − 1). */
export function generalizedBassAdoptions(t: readonly number[], params: GeneralizedBassParameters, shock: BassShock): number[] {
  const now = generalizedBassCumulative(t, params, shock);
  const before = generalizedBassCumulative(
    t.map((time) => time - 1),
    params,
    shock,
  );
  return now.map((value, i) => value - (before[i] ?? NaN));
}

/** z(1..n) = m·F(X(t)) and its Jacobian in (m, p, q, a, b, c), as fits need them. */
export function generalizedBassShape(shock: BassShock): CurveShape {
  const x = new Float64Array(4);
  const f = new Float64Array(4);
  return (theta, values, jacobian) => {
    const [m = NaN, p = NaN, q = NaN, a = NaN, b = NaN, c = NaN] = theta;
    for (let i = 0; i < values.length; i++) {
      carrierIntegralWithGradient(shock, i + 1, a, b, c, x);
      bassShareWithGradient(x[0] as number, p, q, f);
      values[i] = m * (f[0] as number);
      if (jacobian) {
        const slope = m * (f[3] as number); // ∂z/∂X
        const row = 6 * i;
        jacobian[row] = f[0] as number;
        jacobian[row + 1] = m * (f[1] as number);
        jacobian[row + 2] = m * (f[2] as number);
        jacobian[row + 3] = slope * (x[1] as number);
        jacobian[row + 4] = slope * (x[2] as number);
        jacobian[row + 5] = slope * (x[3] as number);
      }
    }
  };
}

/**
 * Starting points by profiling the shock's location: the SSE has many local minima in a and b (a rectangular
 * window's SSE has a kink wherever a or b crosses a period), so for every cell of a grid of starts (half-way
 * between periods) and ends (or memories), the smooth problem in m, p, q and c is solved with a and b held;
 * the best cells start the full fit. Bass's m, p, q fitted to the adoptions start each cell.
 */
function profileStarts(adoptions: readonly number[], cumulative: readonly number[], shock: BassShock, count: number): number[][] {
  const n = adoptions.length;
  const bass = fitBass(adoptions);
  const { m, p, q } = bass.status === 'converged' ? bass.params : { m: 2 * (cumulative[n - 1] ?? 1), p: 0.01, q: 0.3 };
  const step = n > 24 ? 2 : 1; // monthly series: every other period is close enough for a start
  const starts = Array.from({ length: Math.ceil(n / step) }, (_, i) => 0.5 + i * step);
  const seconds = (a: number): number[] =>
    shock === 'rectangular'
      ? [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48].map((length) => a + length).filter((end) => end < n + 0.5)
      : [-0.05, -0.2, -0.8];
  const cells: { sse: number; start: number[] }[] = [];
  for (const a of starts) {
    for (const b of seconds(a)) {
      const fit = fitCurve({
        names: ['m', 'p', 'q', 'c'],
        shape: withPinnedParameters(generalizedBassShape(shock), [null, null, null, a, b, null]),
        y: cumulative,
        starts: [[m, p, q, 0.5]],
        lower: [LOWER[0] ?? 0, LOWER[1] ?? 0, LOWER[2] ?? 0, LOWER[5] ?? -1],
        upper: [UPPER[0] ?? Infinity, UPPER[1] ?? 1, UPPER[2] ?? Infinity, UPPER[5] ?? Infinity],
        options: { maxIterations: 100 },
      });
      if (fit.status === 'converged') {
        cells.push({ sse: fit.sse, start: [fit.params.m, fit.params.p, fit.params.q, a, b, fit.params.c] });
      }
    }
  }
  cells.sort((x, y) => x.sse - y.sse);
  return cells.slice(0, count).map((cell) => cell.start);
}

/** Checks adoptions per period (finite, ≥ 0, one positive, at least 7: six parameters and one degree of freedom). */
function assertGeneralizedBassInput(adoptions: readonly number[], shock: BassShock): void {
  if (shock !== 'rectangular' && shock !== 'exponential') {
    throw new Error(`GBM shock must be 'rectangular' or 'exponential', not '${String(shock)}'`);
  }
  if (adoptions.length < GENERALIZED_BASS_MINIMUM_LENGTH) {
    throw new Error(
      `a Generalized Bass fit needs at least ${GENERALIZED_BASS_MINIMUM_LENGTH} values (6 parameters and at least 1 residual degree of freedom); got ${adoptions.length}`,
    );
  }
  assertFiniteSeries(adoptions, 'adoptions');
  adoptions.forEach((value, i) => {
    if (value < 0) throw new Error(`adoptions must be non-negative; value at index ${i} is ${value}`);
  });
  if (!adoptions.some((value) => value > 0)) throw new Error('adoptions must include a positive value; all are zero');
}

/**
 * A shock that starts (or a rectangular one that ends) exactly on a period sits on a kink of the SSE, where
 * the derivative in a (or b) jumps and Levenberg–Marquardt stalls short of the best m, p, q, c. There the
 * location is held on the period and the other parameters are fitted again (a smooth problem); the kink has no
 * two-sided derivative, so no standard errors are offered.
 */
function holdOnKink(
  fit: ParameterFit<keyof GeneralizedBassParameters>,
  shock: BassShock,
  cumulative: readonly number[],
  options: { maxIterations?: number },
): ParameterFit<keyof GeneralizedBassParameters> {
  const onKink = (name: keyof GeneralizedBassParameters): boolean =>
    (name === 'a' || (name === 'b' && shock === 'rectangular')) && Math.abs(fit.params[name] - Math.round(fit.params[name])) < 1e-6;
  const pinned = NAMES.map((name) => (onKink(name) ? Math.round(fit.params[name]) : null));
  if (pinned.every((value) => value === null)) return fit;
  const freeNames = NAMES.filter((_, j) => pinned[j] === null);
  const held = fitCurve({
    names: freeNames,
    shape: withPinnedParameters(generalizedBassShape(shock), pinned),
    y: cumulative,
    starts: [freeNames.map((name) => fit.params[name])],
    lower: LOWER.filter((_, j) => pinned[j] === null),
    upper: UPPER.filter((_, j) => pinned[j] === null),
    options,
  });
  if (held.status === 'failed' || held.sse > fit.sse) return fit;
  const params = Object.fromEntries(NAMES.map((name, j) => [name, pinned[j] ?? held.params[name as (typeof freeNames)[number]]]));
  const kinks = NAMES.filter((_, j) => pinned[j] !== null).map((name) => `${name} = ${params[name]}`);
  return {
    ...held,
    params: params as Record<keyof GeneralizedBassParameters, number>,
    standardErrors: null,
    covariance: null,
    residualVariance: held.sse / (cumulative.length - NAMES.length),
    degreesOfFreedom: cumulative.length - NAMES.length,
    iterations: fit.iterations + held.iterations,
    warnings: [
      ...held.warnings.filter((warning) => !warning.startsWith('JᵀJ')),
      `${kinks.join(' and ')} on a period boundary, where the SSE has a kink: held there, without standard errors`,
    ],
  };
}

/** Fits the GBM with one shock to adoptions per period (yearly, monthly…: p, q, a and b are per period). */
export function fitGeneralizedBass(
  adoptions: readonly number[],
  options: GeneralizedBassFitOptions,
): GeneralizedBassFit | FitFailure {
  const { shock } = options;
  assertGeneralizedBassInput(adoptions, shock);
  let total = 0;
  const cumulative = adoptions.map((value) => (total += value));
  const starts = options.start
    ? [NAMES.map((name) => options.start?.[name] ?? NaN)]
    : profileStarts(adoptions, cumulative, shock, 8);
  const iterationOptions = options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations };
  const smooth = fitCurve({
    names: NAMES,
    shape: generalizedBassShape(shock),
    y: cumulative,
    starts,
    lower: LOWER,
    upper: UPPER,
    options: iterationOptions,
  });
  if (smooth.status === 'failed') return smooth;
  const fit = holdOnKink(smooth, shock, cumulative, iterationOptions);
  const warnings = [...fit.warnings];
  const { a, b } = fit.params;
  const n = adoptions.length;
  if (shock === 'rectangular' && b < a) warnings.push(`the shock ends (b = ${b}) before it starts (a = ${a})`);
  if (a > n || (shock === 'rectangular' && b < 1)) warnings.push('the shock lies outside the observed periods: the data cannot tell its size');
  if (shock === 'exponential' && b > 0) warnings.push(`the shock grows (b = ${b} > 0) instead of decaying`);
  return { ...fit, warnings, shock };
}

export interface BassShockScenarioOptions extends GeneralizedBassFitOptions {
  /** Periods to project after the data (0 or more). */
  horizon: number;
}

export interface BassShockScenarioPoint {
  /** 1 for the first period of the series; n + h for the h-th projected period. */
  t: number;
  observed: boolean;
  /** The adoptions given for this period, null when projected. */
  actual: number | null;
  /** The fitted GBM: adoptions per period and cumulative, with the shock. */
  withShock: number;
  withShockCumulative: number;
  /** The same m, p, q with the carrier held at 1 (no shock): the counterfactual. */
  withoutShock: number;
  withoutShockCumulative: number;
  /** x(t) at the period's end (1 outside the shock). */
  carrier: number;
}

export interface BassShockScenario {
  status: 'converged';
  shock: BassShock;
  fit: GeneralizedBassFit;
  /**
   * Where the shock acts, on the same t scale: a rectangular one from `start` to `end`; an exponential one
   * from `start` with `end` null (it never stops; `halfLife` periods halve its effect, null unless b < 0).
   */
  window: { start: number; end: number | null; halfLife: number | null };
  points: BassShockScenarioPoint[];
  /** Adoptions the shock added (removed, if negative) over the observed periods and over the horizon too. */
  addedObserved: number;
  addedTotal: number;
}

/**
 * A Bass curve with and without a shock (bundling, a price cut, a partner's launch), ready for an API.
 *
 * Contract:
 * - input: `adoptions` per period in period order (yearly, quarterly, monthly: the unit of p, q, a and b is
 *   that period), finite and non-negative with at least one positive value and at least 7 values
 *   (GENERALIZED_BASS_MINIMUM_LENGTH); `shock` 'rectangular' or 'exponential'; `horizon` ≥ 0 periods to
 *   project; optional `start` (all six parameters) skips the search. Bad input throws an Error naming it.
 * - output: a FitFailure (status 'failed', reason) when no start converges, else the fit (parameters,
 *   standard errors, covariance, warnings), the shock window, and one point per period t = 1..n + horizon with
 *   the fitted curve with the shock, the counterfactual without it (the fitted m, p, q, x ≡ 1), both per
 *   period and cumulative, and the carrier x(t); `addedObserved`/`addedTotal` is what the shock added.
 * - t is 1 for the first period: the caller maps t to its own period labels (a = 12.5 is half-way through
 *   the 12th period). Pure and synchronous, but not cheap: the start search fits a few hundred small models —
 *   10–50 ms of CPU for the yearly classics, 40–80 ms for 60 monthly values on this machine — so run it off
 *   the event loop (a worker) and cache it as forecasts are.
 */
export function bassShockScenario(
  adoptions: readonly number[],
  options: BassShockScenarioOptions,
): BassShockScenario | FitFailure {
  const { horizon } = options;
  if (!Number.isInteger(horizon) || horizon < 0) throw new Error(`horizon must be a non-negative integer, not ${horizon}`);
  const fit = fitGeneralizedBass(adoptions, options);
  if (fit.status === 'failed') return fit;
  const params = fit.params;
  const n = adoptions.length;
  const t = timesOneTo(n + horizon);
  const withShockCumulative = generalizedBassCumulative(t, params, fit.shock);
  const withShock = generalizedBassAdoptions(t, params, fit.shock);
  const withoutShockCumulative = generalizedBassCumulative(t, { ...params, c: 0 }, fit.shock);
  const withoutShock = generalizedBassAdoptions(t, { ...params, c: 0 }, fit.shock);
  const points = t.map((time, i) => ({
    t: time,
    observed: time <= n,
    actual: time <= n ? (adoptions[i] ?? null) : null,
    withShock: withShock[i] ?? NaN,
    withShockCumulative: withShockCumulative[i] ?? NaN,
    withoutShock: withoutShock[i] ?? NaN,
    withoutShockCumulative: withoutShockCumulative[i] ?? NaN,
    carrier: shockCarrier(fit.shock, time, params),
  }));
  const added = (index: number): number => (withShockCumulative[index] ?? NaN) - (withoutShockCumulative[index] ?? NaN);
  const window =
    fit.shock === 'rectangular'
      ? { start: params.a, end: params.b, halfLife: null }
      : { start: params.a, end: null, halfLife: params.b < 0 ? Math.LN2 / -params.b : null };
  return {
    status: 'converged',
    shock: fit.shock,
    fit,
    window,
    points,
    addedObserved: added(n - 1),
    addedTotal: added(n + horizon - 1),
  };
}
