import { create, line, select } from 'd3';
import { periodRuns, type PeriodPoint } from '../periods.js';
import type { PlacedPoint, PlacedSeries, TimeScales } from './placed-series.js';

/**
 * One line per series through the periods it was measured in. Lines join adjacent periods only: a period
 * the source did not report (for this product, or at all) stays a gap. Dots are drawn by pointDotsMark.
 */
export function shareLinesMark<Point extends PeriodPoint>(series: readonly PlacedSeries<Point>[], scales: TimeScales, periods: readonly string[]): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'share-lines');
  const order = new Map(periods.map((period, index) => [period, index]));
  for (const entry of series) {
    g.append('g')
      .attr('class', 'series')
      .attr('data-key', entry.key)
      .selectAll('path')
      .data(periodRuns(entry.points, order).filter((run) => run.length > 1))
      .join('path')
      .attr('class', 'run')
      .attr('fill', 'none')
      .attr('stroke', entry.color)
      .attr('stroke-width', 2)
      .attr('vector-effect', 'non-scaling-stroke');
  }
  repositionShareLines(g.node()!, scales);
  return g.node()!;
}

/** Redraws the lines for new scales without rebuilding them (a zoom only moves them: see zoomTransform). */
export function repositionShareLines(g: SVGGElement, scales: TimeScales): void {
  const path = line<PlacedPoint>()
    .x((point) => scales.x(point.date))
    .y((point) => scales.y(point.high));
  select(g)
    .selectAll<SVGPathElement, PlacedPoint[]>('path.run')
    .attr('d', (run) => path(run));
}
