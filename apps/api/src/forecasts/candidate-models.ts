import {
  bassModel,
  bassOlsModel,
  gompertzModel,
  holtDampedModel,
  logisticModel,
  naiveModel,
  type ForecastModel,
  type SeriesScale,
} from '@marketlens/analytics';
import type { Metric } from '@marketlens/domain';
import { ForecastModelName } from './forecast-model-name.js';

/** Metrics counted per period (sales, new adopters); every other metric is a level (users, penetration). */
const PER_PERIOD_METRICS: ReadonlySet<Metric> = new Set<Metric>(['adopters', 'shipments', 'net_additions', 'minutes', 'messages', 'revenue']);

export function scaleOf(metric: Metric): SeriesScale {
  return PER_PERIOD_METRICS.has(metric) ? 'adoptions' : 'cumulative';
}

/** The model a name stands for, fitted on the series' own scale. */
export function modelFor(name: Exclude<ForecastModelName, ForecastModelName.AUTO>, scale: SeriesScale): ForecastModel {
  switch (name) {
    case ForecastModelName.BASS:
      return bassModel({ scale, name: 'bass' });
    case ForecastModelName.BASS_DENSITY:
      return bassModel({ scale, form: 'density', name: 'bass-density' });
    case ForecastModelName.BASS_OLS:
      return bassOlsModel({ scale, name: 'bass-ols' });
    case ForecastModelName.LOGISTIC:
      return logisticModel({ scale, name: 'logistic' });
    case ForecastModelName.GOMPERTZ:
      return gompertzModel({ scale, name: 'gompertz' });
    case ForecastModelName.HOLT_DAMPED:
      return holtDampedModel({ name: 'holt-damped' });
    case ForecastModelName.NAIVE:
      return naiveModel({ name: 'naive' });
  }
}

/** Models that fit per-period adoptions, taking the differences of a cumulative (level) series. */
const PER_PERIOD_FITS: ReadonlySet<string> = new Set(['bass', 'bass-density', 'bass-ols']);

/**
 * Why a model cannot fit these values, or undefined when it can: Bass fits the per-period differences of
 * a level, and a level that falls (a later survey finding less use) has no adoptions to fit.
 */
export function unfitReason(model: ForecastModel, scale: SeriesScale, values: readonly number[]): string | undefined {
  if (scale !== 'cumulative' || !PER_PERIOD_FITS.has(model.name)) return undefined;
  const fall = values.findIndex((value, index) => index > 0 && value < values[index - 1]!);
  if (fall === -1) return undefined;
  return `${model.name} is left out: it fits per-period adoptions, and the series falls from ${values[fall - 1]} to ${values[fall]} at point ${fall + 1}.`;
}

/**
 * What AUTO compares. Discrete Bass and the logistic curve are one model on per-period data (the
 * forecasting library proves it), so only Bass is listed there.
 */
export function candidatesFor(scale: SeriesScale): ForecastModel[] {
  const names =
    scale === 'adoptions'
      ? [ForecastModelName.BASS, ForecastModelName.BASS_OLS, ForecastModelName.GOMPERTZ, ForecastModelName.HOLT_DAMPED, ForecastModelName.NAIVE]
      : [ForecastModelName.LOGISTIC, ForecastModelName.GOMPERTZ, ForecastModelName.BASS, ForecastModelName.HOLT_DAMPED, ForecastModelName.NAIVE];
  return names.map((name) => modelFor(name as Exclude<ForecastModelName, ForecastModelName.AUTO>, scale));
}
