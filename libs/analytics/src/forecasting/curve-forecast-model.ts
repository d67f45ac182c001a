/**
 * Turns a curve fit (Bass, logistic, Gompertz: y(t) = g(t; θ) + error on t = 1..n) into a ForecastModel.
 *
 * Bootstrap futures follow the residual bootstrap for nonlinear regression: pseudo-data ẑ + e* (resampled
 * modified residuals), a refit from θ̂ giving θ*, then g(n+h; θ*) + e*_h — so the bands carry both parameter
 * and observation uncertainty. The curves describe non-negative quantities, so pseudo-data and future draws
 * are floored at 0 (an additive error would otherwise create negative sales early in a diffusion).
 */
import { assertHorizon } from './holt-damped.js';
import {
  residualResampler,
  toFittingScale,
  toInputScale,
  type FittedForecast,
  type ForecastModel,
  type ForecastStandardErrors,
  type SeriesScale,
} from './forecast-model.js';
import { type Matrix } from '../linear-algebra/index.js';
import { timesOneTo, type FitFailure } from './nonlinear-fit.js';

export interface CurveFitSummary<P> {
  status: 'converged';
  params: P;
  residuals: number[];
  warnings: string[];
  /** Covariance of the parameters (in the order `gradient` uses), null when not available. */
  covariance?: number[][] | null;
}

export interface CurveModelSpec<P> {
  name: string;
  parameterCount: number;
  minimumLength: number;
  /** The scale the curve is fitted on (Bass: always adoptions; logistic, Gompertz: the input's scale). */
  fittingScale: SeriesScale;
  /** Fits z on t = 1..n; from `start` when given (bootstrap refits), else by the model's own search. */
  fit: (z: readonly number[], start?: P) => CurveFitSummary<P> | FitFailure;
  predict: (params: P, t: readonly number[]) => number[];
  /** ∂(curve)/∂θ at t = 1..T, one row per t (for parametric intervals); omitted, parameter uncertainty is left out. */
  gradient?: (params: P, T: number) => Matrix;
}

export function curveForecastModel<P extends object>(spec: CurveModelSpec<P>, inputScale: SeriesScale): ForecastModel {
  const fitSeries = (series: readonly number[]): FittedForecast | FitFailure => {
    const z = toFittingScale(series, inputScale, spec.fittingScale);
    const fit = spec.fit(z);
    if (fit.status === 'failed') return fit;
    const { params, residuals, warnings } = fit;
    const covariance = fit.covariance ?? null;
    const n = z.length;
    const future = (horizon: number): number[] => timesOneTo(horizon).map((h) => n + h);
    const fitted = spec.predict(params, timesOneTo(n));
    const draw = residualResampler(residuals, spec.parameterCount);
    return {
      status: 'converged',
      model: spec.name,
      parameters: { ...(params as Record<string, number>) },
      parameterCount: spec.parameterCount,
      residuals,
      warnings,
      forecast(horizon) {
        assertHorizon(horizon);
        return toInputScale(spec.predict(params, future(horizon)), series, inputScale, spec.fittingScale);
      },
      forecastStandardErrors(horizon) {
        assertHorizon(horizon);
        return curveStandardErrors(spec, params, covariance, residuals, n, horizon, inputScale !== spec.fittingScale);
      },
      samplePath(horizon, random) {
        assertHorizon(horizon);
        const pseudo = fitted.map((value) => Math.max(0, value + draw(random)));
        let refit: CurveFitSummary<P> | FitFailure;
        try {
          refit = spec.fit(pseudo, params);
        } catch {
          return null; // a degenerate pseudo-series (e.g. all zero) is a failed replicate, not an error
        }
        if (refit.status === 'failed') return null;
        const replicate = spec.predict(refit.params, future(horizon));
        const path = replicate.map((value) => Math.max(0, value + draw(random)));
        return toInputScale(path, series, inputScale, spec.fittingScale);
      },
    };
  };
  return {
    name: spec.name,
    parameterCount: spec.parameterCount,
    minimumLength: spec.minimumLength,
    fit: fitSeries,
  };
}

/**
 * The nonlinear-regression prediction variance s² + ∇gᵀ·C·∇g at t = n + h (delta method; s² = SSE / (n − k),
 * C the parameters' covariance). A cumulative series forecast from fitted adoptions adds h of them to the last
 * total, so its variance is h·s² + (Σ∇g)ᵀ·C·(Σ∇g).
 */
function curveStandardErrors<P>(
  spec: CurveModelSpec<P>,
  params: P,
  covariance: number[][] | null,
  residuals: readonly number[],
  n: number,
  horizon: number,
  summed: boolean,
): ForecastStandardErrors | null {
  const degreesOfFreedom = n - spec.parameterCount;
  if (degreesOfFreedom < 1) return null;
  const variance = residuals.reduce((sum, e) => sum + e * e, 0) / degreesOfFreedom;
  const gradient = covariance && spec.gradient ? spec.gradient(params, n + horizon) : null;
  const k = spec.parameterCount;
  const accumulated = new Array<number>(k).fill(0);
  const standardErrors = timesOneTo(horizon).map((h) => {
    for (let j = 0; j < k; j++) {
      const g = gradient?.get(n + h - 1, j) ?? 0;
      accumulated[j] = summed ? (accumulated[j] ?? 0) + g : g;
    }
    let parameterPart = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) parameterPart += (accumulated[i] ?? 0) * (covariance?.[i]?.[j] ?? 0) * (accumulated[j] ?? 0);
    }
    return Math.sqrt((summed ? h : 1) * variance + parameterPart);
  });
  const covers = gradient ? 'observation noise and parameter uncertainty (delta method)' : 'observation noise only';
  return { standardErrors, degreesOfFreedom, covers };
}
