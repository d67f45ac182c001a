import { scaleLinear } from 'd3';
import type { FanPoint } from '../marks/fan.js';
import type { ObservedPoint } from '../marks/observed-dots.js';
import type { PredictionMarker } from '../marks/prediction-markers.js';
import { ChartOptionError } from '../options.js';
import type { PeriodPoint } from '../periods.js';

export interface FanChartData {
  /** What the model saw, oldest first. */
  readonly history: readonly ObservedPoint[];
  /** What was measured after the vintage (empty for a forecast from all the data). */
  readonly actualsAfter?: readonly ObservedPoint[];
  readonly forecast: readonly FanPoint[];
  /** Published predictions about the same measure, drawn with the actuals they were scored against. */
  readonly predictions?: readonly PredictionMarker[];
  /** The last date the model was allowed to see, drawn as a rule; absent for a forecast from all the data. */
  readonly vintage?: Date | null;
  readonly label: string;
  /** The y axis title ("Enterprise penetration (%)"). */
  readonly valueLabel: string;
}

export interface FanChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  /** How a value reads in the tooltip ("52%", "1.29 million"); axis ticks are abbreviated. */
  readonly formatValue?: (value: number) => string;
  /**
   * The values the measure can take ([0, 100] for a percentage): the axis stops there and a band running
   * past it is cut at the edge, with a note saying so (the tooltip still gives the interval in full).
   */
  readonly valueBounds?: readonly [number, number] | null;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Fails fast, naming the period and the numbers, on a forecast point the chart cannot draw. */
export function validateFanData(data: FanChartData): void {
  if (data.history.length === 0 && data.forecast.length === 0) throw new ChartOptionError('history or forecast must hold at least one point, not both []');
  data.forecast.forEach((point, index) => {
    const numbers = { value: point.value, lower80: point.lower80, upper80: point.upper80, lower95: point.lower95, upper95: point.upper95 };
    if (!Object.values(numbers).every(finite)) throw new ChartOptionError(`forecast[${index}] (${point.period}) must hold finite numbers, not ${JSON.stringify(numbers)}`);
    if (point.lower80 > point.upper80) throw new ChartOptionError(`forecast[${index}] (${point.period}): lower80 ${point.lower80} is above upper80 ${point.upper80}`);
    if (point.lower95 > point.upper95) throw new ChartOptionError(`forecast[${index}] (${point.period}): lower95 ${point.lower95} is above upper95 ${point.upper95}`);
  });
}

/** Two finite numbers, the first below the second, or null when the option is left out. */
export function valueBoundsOf(value: unknown): [number, number] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length !== 2 || !finite(value[0]) || !finite(value[1]) || value[0] >= value[1]) {
    throw new ChartOptionError(`valueBounds must be two finite numbers, the first below the second, not ${JSON.stringify(value)}`);
  }
  return [value[0], value[1]];
}

/** Every value the chart draws: measurements, the fan's bounds, predictions and their actuals. */
export function fanValues(data: FanChartData): number[] {
  return [
    ...data.history.map((point) => point.value),
    ...(data.actualsAfter ?? []).map((point) => point.value),
    ...data.forecast.flatMap((point) => [point.value, point.lower95, point.upper95]),
    ...(data.predictions ?? []).flatMap((prediction) => [prediction.value, ...(prediction.actual ? [prediction.actual.value] : [])]),
  ];
}

/** Every period and date the chart draws, for the time axis (padded by half a period where the granularity is known). */
export function fanPeriods(data: FanChartData): PeriodPoint[] {
  const dated = (date: Date): PeriodPoint => ({ date, period: '' });
  return [
    ...data.history,
    ...(data.actualsAfter ?? []),
    ...data.forecast,
    ...(data.predictions ?? []).flatMap((prediction) => [dated(prediction.date), ...(prediction.actual ? [dated(prediction.actual.date)] : [])]),
    ...(data.vintage ? [dated(data.vintage)] : []),
  ];
}

/** The y axis' span: from zero (or below it) to a little over the largest value, cut at the bounds; and whether anything runs past them. */
export function fanValueDomain(values: readonly number[], bounds: [number, number] | null): { domain: [number, number]; clipped: boolean } {
  const low = Math.min(0, ...values);
  const high = values.length === 0 ? 1 : Math.max(...values);
  const top = high === low ? low + 1 : high + (high - low) * 0.05;
  const [niceLow, niceHigh] = scaleLinear().domain([low, top]).nice().domain() as [number, number];
  if (!bounds) return { domain: [niceLow, niceHigh], clipped: false };
  return { domain: [Math.max(niceLow, bounds[0]), Math.min(niceHigh, bounds[1])], clipped: low < bounds[0] || high > bounds[1] };
}
