import { create, type ScaleLinear, type ScaleTime } from 'd3';
import type { PeriodPoint } from '../periods.js';
import { bandMark } from './band.js';
import { valueLineMark } from './value-line.js';
import { PAPER } from '../shell/theme.js';

/** A forecast period: the point forecast and its 80% and 95% prediction intervals. */
export interface FanPoint extends PeriodPoint {
  readonly value: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
}

export interface FanOptions {
  readonly color: string;
  /** The last observation the model saw: the fan opens from it (a band of no width there). */
  readonly anchor?: { readonly date: Date; readonly value: number } | null;
}

/** The fan's own points: no granularity, so the forecast periods always join into one fan. */
interface FanShape extends PeriodPoint {
  readonly value: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
}

function fanShape(points: readonly FanPoint[], anchor: FanOptions['anchor']): FanShape[] {
  const shape = points.map(({ date, period, value, lower80, upper80, lower95, upper95 }) => ({ date, period, value, lower80, upper80, lower95, upper95 }));
  if (!anchor) return shape;
  const { date, value } = anchor;
  return [{ date, period: 'anchor', value, lower80: value, upper80: value, lower95: value, upper95: value }, ...shape];
}

/**
 * A forecast fan: the 95% band (light), the 80% band (darker) inside it, the point forecast as a dashed
 * line, and a dot per forecast period (the hover and keyboard target, class `forecast-point`).
 */
export function fanMark(points: readonly FanPoint[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>, options: FanOptions): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'fan');
  const shape = fanShape(points, options.anchor);
  const wide = bandMark(shape, x, y, { low: (point) => point.lower95, high: (point) => point.upper95, color: options.color, opacity: 0.14 });
  wide.classList.add('fan-band-95');
  const narrow = bandMark(shape, x, y, { low: (point) => point.lower80, high: (point) => point.upper80, color: options.color, opacity: 0.3 });
  narrow.classList.add('fan-band-80');
  g.append(() => wide);
  g.append(() => narrow);
  g.append(() => valueLineMark(shape, x, y, { value: (point) => point.value, color: options.color, dash: '6 4', className: 'forecast-line' }));
  g.append('g')
    .attr('class', 'forecast-points')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('class', 'forecast-point fan-target')
    .attr('data-period', (point) => point.period)
    .attr('cx', (point) => x(point.date))
    .attr('cy', (point) => y(point.value))
    .attr('r', 3.5)
    .style('fill', PAPER)
    .attr('stroke', options.color)
    .attr('stroke-width', 1.5)
    .attr('tabindex', -1);
  return g.node()!;
}
