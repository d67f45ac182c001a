import { create, line, select } from 'd3';
import { periodRuns, type PeriodPoint } from '../periods.js';
import type { PlacedPoint, PlacedSeries, TimeScales } from './placed-series.js';

/** Dash patterns by a series' place, so lines differ by more than colour (the legend shows the same). */
export const SERIES_DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4', '12 4', '1 3', '6 2 2 2 2 2'] as const;
export const seriesDash = (index: number): string => SERIES_DASHES[index % SERIES_DASHES.length]!;

/**
 * One line per series through the periods it was measured in, dashed by its place. Lines join adjacent
 * periods only: a period the source did not report (for this product, or at all) stays a gap, marked by a
 * faint dotted bridge that joins no value. Dots are drawn by pointDotsMark.
 */
export function shareLinesMark<Point extends PeriodPoint>(
  series: readonly PlacedSeries<Point>[],
  scales: TimeScales,
  periods: readonly string[],
  dashOf: (key: string, index: number) => string = (_, index) => seriesDash(index),
): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'share-lines');
  const order = new Map(periods.map((period, index) => [period, index]));
  series.forEach((entry, index) => {
    const runs = periodRuns(entry.points, order);
    const group = g.append('g').attr('class', 'series').attr('data-key', entry.key);
    group
      .selectAll('path.gap')
      .data(runs.slice(1).map((run, at) => [runs[at]![runs[at]!.length - 1]!, run[0]!]))
      .join('path')
      .attr('class', 'gap')
      .attr('fill', 'none')
      .attr('stroke', entry.color)
      .attr('stroke-opacity', 0.45)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '1 4')
      .attr('vector-effect', 'non-scaling-stroke');
    group
      .selectAll('path.run')
      .data(runs.filter((run) => run.length > 1))
      .join('path')
      .attr('class', 'run')
      .attr('fill', 'none')
      .attr('stroke', entry.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', dashOf(entry.key, index) || null)
      .attr('vector-effect', 'non-scaling-stroke');
  });
  repositionShareLines(g.node()!, scales);
  return g.node()!;
}

/** Redraws the lines for new scales without rebuilding them (a zoom only moves them: see zoomTransform). */
export function repositionShareLines(g: SVGGElement, scales: TimeScales): void {
  const path = line<PlacedPoint>()
    .x((point) => scales.x(point.date))
    .y((point) => scales.y(point.high));
  select(g)
    .selectAll<SVGPathElement, PlacedPoint[]>('path.run, path.gap')
    .attr('d', (run) => path(run));
}
