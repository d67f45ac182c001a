import { create, type ScaleLinear, type ScaleTime } from 'd3';
import type { PeriodPoint } from '../periods.js';
import { PAPER } from '../shell/theme.js';

/** A measured value: what the model saw (history) or what happened after its vintage (actual). */
export interface ObservedPoint extends PeriodPoint {
  readonly value: number;
  /** Tooltip lines under the value (the stated value, note and citation). */
  readonly details: readonly string[];
}

export type ObservedKind = 'history' | 'actual';

export interface ObservedDotsOptions {
  readonly kind: ObservedKind;
  readonly color: string;
}

/**
 * A dot per measured point: filled for the history the model saw, a hollow ring for the actuals that came
 * after its vintage (told apart by shape as well as colour, so a black-and-white print keeps the difference).
 */
export function observedDotsMark(points: readonly ObservedPoint[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>, options: ObservedDotsOptions): SVGGElement {
  const history = options.kind === 'history';
  const g = create<SVGGElement>('svg:g').attr('class', history ? 'history-points' : 'actual-points');
  g.selectAll('circle')
    .data(points)
    .join('circle')
    .attr('class', `${history ? 'history-point' : 'actual-point'} fan-target`)
    .attr('data-period', (point) => point.period)
    .attr('cx', (point) => x(point.date))
    .attr('cy', (point) => y(point.value))
    .attr('r', history ? 4 : 5)
    .attr('fill', options.color)
    .style('fill', () => (history ? null : PAPER))
    .attr('stroke', options.color)
    .attr('stroke-width', history ? 1.5 : 2.5)
    .attr('tabindex', -1);
  return g.node()!;
}
