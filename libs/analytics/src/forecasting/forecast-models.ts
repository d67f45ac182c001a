/**
 * Ready-made ForecastModels. Each forecasts the series it is given, on that series' scale, with its errors on
 * the per-period scale whenever the series is adoptions:
 * - Bass always fits adoptions; given a cumulative series (counted from launch, N(0) = 0) it fits the
 *   per-period differences and adds the forecasts onto the last observed total;
 * - logistic and Gompertz fit the curve to a cumulative series, or its increments N(t) − N(t−1) to adoptions.
 * Models can thus be compared on one series, whichever it is.
 */
import { bassAdoptions, bassShape, BASS_MINIMUM_LENGTH, fitBass, type BassForm, type BassParameters } from './bass.js';
import { fitBassOls } from './bass-ols.js';
import { curveForecastModel, type CurveFitSummary } from './curve-forecast-model.js';
import {
  assertSeriesScale,
  residualResampler,
  type FittedForecast,
  type ForecastModel,
  type ForecastStandardErrors,
  type SeriesScale,
} from './forecast-model.js';
import {
  fitGrowthCurve,
  growthCurveIncrements,
  growthCurveShape,
  growthCurveValues,
  GROWTH_CURVE_MINIMUM_LENGTH,
  type GrowthCurveKind,
  type GrowthCurveParameters,
} from './growth-curves.js';
import { assertHorizon, holtDampedForecast, finalState, runHoltDamped } from './holt-damped.js';
import { fitHoltDamped, HOLT_MINIMUM_LENGTH } from './holt-damped-fit.js';
import { type Matrix } from '../linear-algebra/index.js';
import { assertFiniteSeries, assertLength, evaluateCurve, type CurveShape, type FitFailure } from './nonlinear-fit.js';

export interface CurveModelOptions {
  /** What the series given to fit() counts; defaults to the curve's own scale. */
  scale?: SeriesScale;
  name?: string;
  maxIterations?: number;
}

type ConvergedCurveFit<P> = {
  status: 'converged';
  params: P;
  residuals: number[];
  warnings?: string[];
  covariance?: number[][] | null;
};

const summary = <P>(fit: ConvergedCurveFit<P>): CurveFitSummary<P> => ({
  status: 'converged',
  params: fit.params,
  residuals: fit.residuals,
  warnings: fit.warnings ?? [],
  covariance: fit.covariance ?? null,
});

/** ∂g/∂θ at t = 1..T from a curve's shape, θ in the order of `names`. */
const gradientOf =
  <P extends object>(shape: CurveShape, names: readonly (keyof P)[]) =>
  (params: P, T: number): Matrix =>
    evaluateCurve(shape, names.map((name) => params[name] as number), T).jacobian;

const iterationOption = (options: CurveModelOptions): { maxIterations?: number } =>
  options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations };

/** Bass by nonlinear least squares (discrete form unless `form: 'density'`). */
export function bassModel(options: CurveModelOptions & { form?: BassForm } = {}): ForecastModel {
  const form = options.form ?? 'discrete';
  const scale = options.scale ?? 'adoptions';
  assertSeriesScale(scale);
  return curveForecastModel<BassParameters>(
    {
      name: options.name ?? `bass-${form}`,
      parameterCount: 3,
      minimumLength: BASS_MINIMUM_LENGTH,
      fittingScale: 'adoptions',
      fit: (z, start) => {
        const fit = fitBass(z, { form, ...(start ? { start } : {}), ...iterationOption(options) });
        return fit.status === 'failed' ? fit : summary(fit);
      },
      predict: (params, t) => bassAdoptions(t, params, form),
      gradient: gradientOf<BassParameters>(bassShape(form), ['m', 'p', 'q']),
    },
    scale,
  );
}

/** Bass with Bass's OLS estimates, forecasting with the discrete form. */
export function bassOlsModel(options: Omit<CurveModelOptions, 'maxIterations'> = {}): ForecastModel {
  const scale = options.scale ?? 'adoptions';
  assertSeriesScale(scale);
  return curveForecastModel<BassParameters>(
    {
      name: options.name ?? 'bass-ols',
      parameterCount: 3,
      minimumLength: BASS_MINIMUM_LENGTH,
      fittingScale: 'adoptions',
      fit: (z) => {
        const fit = fitBassOls(z);
        return fit.status === 'failed' ? fit : summary(fit);
      },
      predict: (params, t) => bassAdoptions(t, params, 'discrete'),
    },
    scale,
  );
}

function growthModel(kind: GrowthCurveKind, options: CurveModelOptions): ForecastModel {
  const scale = options.scale ?? 'cumulative';
  assertSeriesScale(scale);
  const target = scale === 'cumulative' ? 'cumulative' : 'increments';
  return curveForecastModel<GrowthCurveParameters>(
    {
      name: options.name ?? kind,
      parameterCount: 3,
      minimumLength: GROWTH_CURVE_MINIMUM_LENGTH,
      fittingScale: scale,
      fit: (z, start) => {
        const fit = fitGrowthCurve(kind, z, { target, ...(start ? { start } : {}), ...iterationOption(options) });
        return fit.status === 'failed' ? fit : summary(fit);
      },
      predict: (params, t) => (target === 'cumulative' ? growthCurveValues : growthCurveIncrements)(kind, t, params),
      gradient: gradientOf<GrowthCurveParameters>(growthCurveShape(kind, target), ['K', 'r', 't0']),
    },
    scale,
  );
}

/** Logistic growth curve; by default the series is cumulative. */
export function logisticModel(options: CurveModelOptions = {}): ForecastModel {
  return growthModel('logistic', options);
}

/** Gompertz growth curve; by default the series is cumulative. */
export function gompertzModel(options: CurveModelOptions = {}): ForecastModel {
  return growthModel('gompertz', options);
}

/**
 * Damped Holt on the series as given. Bootstrap futures run the state equations forward with resampled
 * one-step errors and the fitted parameters (as statsmodels' simulate(random_errors='bootstrap') and R's
 * forecast::simulate.ets do): they carry innovation uncertainty, not parameter uncertainty.
 */
export function holtDampedModel(
  options: { name?: string; phiBounds?: readonly [number, number]; maxIterations?: number } = {},
): ForecastModel {
  const name = options.name ?? 'holt-damped';
  return {
    name,
    parameterCount: 5,
    minimumLength: HOLT_MINIMUM_LENGTH,
    fit(series): FittedForecast | FitFailure {
      const fit = fitHoltDamped(series, {
        ...(options.phiBounds ? { phiBounds: options.phiBounds } : {}),
        ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
      });
      if (fit.status === 'failed') return fit;
      const { alpha, beta, phi } = fit.params;
      const state = finalState(fit);
      const draw = residualResampler(fit.residuals, 5);
      return {
        status: 'converged',
        model: name,
        parameters: { ...fit.params },
        parameterCount: 5,
        residuals: fit.residuals,
        warnings: fit.warnings,
        forecast: (horizon) => holtDampedForecast(state, phi, horizon),
        forecastStandardErrors: (horizon) => holtDampedStandardErrors(fit.residuals, fit.params, horizon),
        samplePath(horizon, random) {
          assertHorizon(horizon);
          const path: number[] = [];
          let { level, trend } = state;
          for (let h = 0; h < horizon; h++) {
            const value = level + phi * trend + draw(random);
            const step = runHoltDamped([value], { alpha, beta, phi, initialLevel: level, initialTrend: trend });
            level = step.level[0] ?? NaN;
            trend = step.trend[0] ?? NaN;
            path.push(value);
          }
          return path;
        },
      };
    },
  };
}

/** The naive (random-walk) baseline: every forecast is the last value; bootstrap paths add resampled steps. */
export function naiveModel(options: { name?: string } = {}): ForecastModel {
  const name = options.name ?? 'naive';
  return {
    name,
    parameterCount: 0,
    minimumLength: 2,
    fit(series): FittedForecast {
      assertLength(series, 2, 'the naive model', 'one step to resample');
      assertFiniteSeries(series, 'naive model input values');
      const last = series[series.length - 1] ?? NaN;
      const steps = series.slice(1).map((value, i) => value - (series[i] ?? NaN));
      const draw = residualResampler(steps, 0);
      return {
        status: 'converged',
        model: name,
        parameters: {},
        parameterCount: 0,
        residuals: steps,
        warnings: [],
        forecast(horizon) {
          assertHorizon(horizon);
          return new Array<number>(horizon).fill(last);
        },
        forecastStandardErrors(horizon) {
          assertHorizon(horizon);
          // a random walk without drift: h independent steps of variance s² = Σ step² / (n − 1)
          const variance = steps.reduce((sum, e) => sum + e * e, 0) / steps.length;
          const standardErrors = Array.from({ length: horizon }, (_, h) => Math.sqrt(variance * (h + 1)));
          return { standardErrors, degreesOfFreedom: steps.length, covers: 'the random walk’s steps' };
        },
        samplePath(horizon, random) {
          assertHorizon(horizon);
          let value = last;
          return Array.from({ length: horizon }, () => (value += draw(random)));
        },
      };
    },
  };
}

/**
 * Damped Holt's h-step forecast-error standard error in its error-correction form (Hyndman et al. 2008,
 * Forecasting with Exponential Smoothing, class 1): σ²·(1 + Σ_{j<h} c_j²), c_j = α·(1 + β·(φ + … + φ^j)),
 * σ² = SSE / (n − 5), β the trend smoothing of the component form used here (β* = α·β in theirs).
 */
export function holtDampedStandardErrors(
  residuals: readonly number[],
  params: { alpha: number; beta: number; phi: number },
  horizon: number,
): ForecastStandardErrors | null {
  assertHorizon(horizon);
  const degreesOfFreedom = residuals.length - 5;
  if (degreesOfFreedom < 1) return null;
  const variance = residuals.reduce((sum, e) => sum + e * e, 0) / degreesOfFreedom;
  const { alpha, beta, phi } = params;
  const standardErrors: number[] = [];
  let sumOfSquares = 0;
  let damping = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    standardErrors.push(Math.sqrt(variance * (1 + sumOfSquares)));
    power *= phi;
    damping += power;
    sumOfSquares += (alpha * (1 + beta * damping)) ** 2;
  }
  return { standardErrors, degreesOfFreedom, covers: 'the innovations (parameters taken as known)' };
}
