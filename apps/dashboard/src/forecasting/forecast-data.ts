import type { FanChartData, FanPoint, ObservedPoint, PredictionMarker } from '@marketlens/charts';
import { formatQuantity } from '@marketlens/domain';
import { toCsv } from '../export/csv';
import { citationOf } from '../format/citation';
import { metricLabel, unitLabel } from '../format/labels';
import { formatAmount } from '../format/quantities';
import type { ForecastQuery, SeriesPointFieldsFragment } from '../gql/graphql';
import { seriesLabel } from '../series/series-label';

export type Forecast = ForecastQuery['forecast'];
export type MeasuredPoint = SeriesPointFieldsFragment;

export const utcDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

const MODEL_LABELS: Readonly<Record<string, string>> = {
  bass: 'Bass',
  'bass-density': 'Bass (density form)',
  'bass-ols': 'Bass (OLS)',
  logistic: 'Logistic',
  gompertz: 'Gompertz',
  'holt-damped': 'Damped Holt',
  naive: 'Naive (last value)',
};

/** "holt-damped" → "Damped Holt" */
export const modelLabel = (model: string): string => MODEL_LABELS[model] ?? model;

/** The values a measure can take, for the chart's axis: a percentage stays within 0–100. */
export const valueBoundsFor = (unit: string): [number, number] | null => (unit === 'percent' ? [0, 100] : null);

/** How a value reads in this unit ("52%", "1.29 million"). */
export const valueFormatFor =
  (unit: string) =>
  (value: number): string =>
    formatAmount(value, unit);

/** "Enterprise penetration (%)" */
export const valueAxisLabel = (series: Pick<Forecast['series'], 'metric' | 'unit'>): string => `${metricLabel(series.metric)} (${unitLabel(series.unit)})`;

/** "All IM — enterprise penetration in enterprises, WW — Osterman Research, as of 2003-12-31" */
export const forecastLabel = (forecast: Pick<Forecast, 'series' | 'vintage'>): string => `${seriesLabel(forecast.series)}${forecast.vintage ? `, as of ${forecast.vintage}` : ''}`;

/** A measured point's tooltip lines: the value as stated, the note, the citation. */
export function citationLines(point: MeasuredPoint): string[] {
  return [`Stated: ${formatQuantity(point.originalValue, point.originalUnit)}`, ...(point.note ? [`Note: ${point.note}`] : []), `Source: ${citationOf(point.source)}`];
}

const observed = (point: MeasuredPoint): ObservedPoint => ({ date: utcDate(point.start), period: point.period, granularity: point.granularity, value: point.value, details: citationLines(point) });

/** The forecast as the fan chart draws it; forecast periods take the granularity of the last measurement. */
export function toFanChartData(forecast: Forecast, predictions: readonly PredictionMarker[] = []): FanChartData {
  const granularity = forecast.history[forecast.history.length - 1]?.granularity;
  const points = forecast.points.map((point): FanPoint => ({ date: utcDate(point.start), period: point.period, ...(granularity ? { granularity } : {}), value: point.value, lower80: point.lower80, upper80: point.upper80, lower95: point.lower95, upper95: point.upper95 }));
  return {
    history: forecast.history.map(observed),
    actualsAfter: forecast.actualsAfter.map(observed),
    forecast: points,
    predictions,
    vintage: forecast.vintage ? utcDate(forecast.vintage) : null,
    label: forecastLabel(forecast),
    valueLabel: valueAxisLabel(forecast.series),
  };
}

/** What the chart shows as CSV: measurements with their citations, then the forecast with both intervals. */
export function forecastCsv(forecast: Forecast): string {
  const context = [forecast.series.unit, forecast.model ? modelLabel(forecast.model) : '', forecast.chosenBy, forecast.vintage ?? '', seriesLabel(forecast.series)];
  const measured = (kind: string) => (point: MeasuredPoint) => [point.period, point.start, kind, point.value, null, null, null, null, ...context, formatQuantity(point.originalValue, point.originalUnit), point.note ?? '', citationOf(point.source), point.source.url ?? ''];
  const rows = [
    ...forecast.history.map(measured('measured, seen by the model')),
    ...forecast.actualsAfter.map(measured('measured after the vintage')),
    ...forecast.points.map((point) => [point.period, point.start, 'forecast', point.value, point.lower80, point.upper80, point.lower95, point.upper95, ...context, '', '', '', '']),
  ];
  return toCsv(['period', 'period_start', 'kind', 'value', 'lower_80', 'upper_80', 'lower_95', 'upper_95', 'unit', 'model', 'chosen_by', 'vintage', 'series', 'stated_value', 'note', 'source', 'source_url'], rows);
}
