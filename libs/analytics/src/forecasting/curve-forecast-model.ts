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
  type SeriesScale,
} from './forecast-model.js';
import { timesOneTo, type FitFailure } from './nonlinear-fit.js';

export interface CurveFitSummary<P> {
  status: 'converged';
  params: P;
  residuals: number[];
  warnings: string[];
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
}

export function curveForecastModel<P extends object>(spec: CurveModelSpec<P>, inputScale: SeriesScale): ForecastModel {
  const fitSeries = (series: readonly number[]): FittedForecast | FitFailure => {
    const z = toFittingScale(series, inputScale, spec.fittingScale);
    const fit = spec.fit(z);
    if (fit.status === 'failed') return fit;
    const { params, residuals, warnings } = fit;
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
