import { create, select, type ScaleTime } from 'd3';
import type { PeriodPoint } from '../periods.js';
import { PAPER } from '../shell/theme.js';

/** A period whose shares leave out products the view has elsewhere. */
export interface IncompletePeriod extends PeriodPoint {
  /** Names of the products the source did not report this period. */
  readonly missing: readonly string[];
  /** How many products the period's shares are among. */
  readonly compared: number;
}

/**
 * A small hollow warning triangle under the plot at each incomplete period, focusable, so the reader sees
 * where shares are among fewer products (the tooltip names them).
 */
export function missingMarks(periods: readonly IncompletePeriod[], x: ScaleTime<number, number>, y: number): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'missing-marks');
  const mark = g
    .selectAll('g')
    .data(periods)
    .join('g')
    .attr('class', 'missing-mark')
    .attr('data-period', (period) => period.period)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (period) => `${period.period}: not reported ${period.missing.join(', ')}`)
    .attr('cursor', 'help');
  mark.append('path').attr('d', 'M0,-5L5,4L-5,4Z').style('fill', PAPER).attr('stroke', '#a4262c').attr('stroke-width', 1.4);
  mark.append('text').attr('y', 3).attr('text-anchor', 'middle').attr('font-size', 7).attr('font-weight', 700).attr('fill', '#a4262c').text('!');
  repositionMissingMarks(g.node()!, x, y);
  return g.node()!;
}

export function repositionMissingMarks(g: SVGGElement, x: ScaleTime<number, number>, y: number): void {
  const [start, end] = x.domain() as [Date, Date];
  select(g)
    .selectAll<SVGGElement, IncompletePeriod>('g.missing-mark')
    .attr('transform', (period) => `translate(${x(period.date)},${y})`)
    .attr('display', (period) => (period.date < start || period.date > end ? 'none' : null));
}
