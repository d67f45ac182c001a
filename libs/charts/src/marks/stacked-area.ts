import { area, create, select, type ScaleTime } from 'd3';
import { nextPeriodStart, periodRuns, type PeriodPoint } from '../periods.js';
import type { PlacedPoint, PlacedSeries, TimeScales } from './placed-series.js';
import { PAPER } from '../shell/theme.js';

/**
 * Stacked bands, one per series, across runs of adjacent periods. A period with no neighbour the source
 * reported is drawn as a narrow stacked column: the value is shown, nothing is interpolated around it.
 */
export function stackedAreaMark<Point extends PeriodPoint>(
  series: readonly PlacedSeries<Point>[],
  scales: TimeScales,
  periods: readonly string[],
  fixedColumn: number | null = null,
  patternOf: (key: string) => string | null = () => null,
): SVGGElement {
  // A few periods far apart get columns of one readable width rather than slivers of their periods' width.
  const g = create<SVGGElement>('svg:g').attr('class', 'stacked-area').attr('data-column-width', fixedColumn);
  const areas = g.append('g').attr('class', 'areas');
  const columns = g.append('g').attr('class', 'columns');
  const order = new Map(periods.map((period, index) => [period, index]));
  for (const entry of series) {
    const runs = periodRuns(entry.points, order);
    const group = areas.append('g').attr('class', 'series').attr('data-key', entry.key);
    group
      .selectAll('path')
      .data(runs.filter((run) => run.length > 1))
      .join('path')
      .attr('class', 'run')
      .attr('fill', entry.color)
      .attr('fill-opacity', 0.78)
      .style('stroke', PAPER)
      .attr('stroke-width', 0.5)
      .attr('vector-effect', 'non-scaling-stroke');
    const pattern = patternOf(entry.key);
    if (pattern) {
      group.selectAll('path.texture').data(runs.filter((run) => run.length > 1)).join('path').attr('class', 'texture').attr('fill', pattern).attr('pointer-events', 'none');
    }
    const column = columns.append('g').attr('data-key', entry.key);
    column
      .selectAll('rect.column')
      .data(runs.filter((run) => run.length === 1).map((run) => run[0]!))
      .join('rect')
      .attr('class', 'column')
      .attr('fill', entry.color)
      .attr('fill-opacity', 0.78)
      .style('stroke', PAPER)
      .attr('stroke-width', 0.5);
    if (pattern) {
      column
        .selectAll('rect.texture')
        .data(runs.filter((run) => run.length === 1).map((run) => run[0]!))
        .join('rect')
        .attr('class', 'texture')
        .attr('fill', pattern)
        .attr('pointer-events', 'none');
    }
  }
  repositionStackedArea(g.node()!, scales);
  return g.node()!;
}

/** How wide a lone period's column is: most of the period's width, between 4 and 18 pixels. */
export function columnWidth(point: PeriodPoint, x: ScaleTime<number, number>): number {
  if (!point.granularity) return 10;
  const width = x(nextPeriodStart(point.date, point.granularity)) - x(point.date);
  return Math.max(4, Math.min(18, width * 0.6));
}

/** Redraws the bands and columns for new scales without rebuilding them. */
export function repositionStackedArea(g: SVGGElement, scales: TimeScales): void {
  const band = area<PlacedPoint>()
    .x((point) => scales.x(point.date))
    .y0((point) => scales.y(point.low))
    .y1((point) => scales.y(point.high));
  select(g).selectAll<SVGPathElement, PlacedPoint[]>('path.run, path.texture').attr('d', (run) => band(run));
  repositionStackedColumns(g, scales);
}

/** Moves the lone-period columns for a zoom (the bands move with zoomTransform; columns keep their width). */
export function repositionStackedColumns(g: SVGGElement, scales: TimeScales): void {
  const fixed = Number(g.getAttribute('data-column-width')) || null;
  const widthOf = (point: PeriodPoint): number => fixed ?? columnWidth(point, scales.x);
  select(g)
    .selectAll<SVGRectElement, PlacedPoint>('rect.column, rect.texture')
    .attr('x', (point) => scales.x(point.date) - widthOf(point) / 2)
    .attr('width', (point) => widthOf(point))
    .attr('y', (point) => scales.y(point.high))
    .attr('height', (point) => Math.max(0, scales.y(point.low) - scales.y(point.high)));
}
