import { area, create, type ScaleLinear, type ScaleTime } from 'd3';
import { periodRuns, type PeriodPoint } from '../periods.js';

export interface BandOptions<Point> {
  readonly low: (point: Point) => number | null;
  readonly high: (point: Point) => number | null;
  readonly color: string;
  readonly opacity?: number;
}

/**
 * A shaded band between two bounds (a 95% interval) across runs of adjacent periods where both bounds are
 * known; nothing is drawn where the method gives no interval.
 */
export function bandMark<Point extends PeriodPoint>(points: readonly Point[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>, options: BandOptions<Point>): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'band');
  const known = points.filter((point) => options.low(point) !== null && options.high(point) !== null);
  const order = new Map(points.map((point, index) => [point.period, index]));
  const shape = area<Point>()
    .x((point) => x(point.date))
    .y0((point) => y(options.low(point)!))
    .y1((point) => y(options.high(point)!));
  for (const run of periodRuns(known, order)) {
    if (run.length > 1) {
      g.append('path').attr('class', 'band-run').attr('d', shape(run)).attr('fill', options.color).attr('fill-opacity', options.opacity ?? 0.22);
    } else {
      const point = run[0]!;
      g.append('line')
        .attr('class', 'band-run')
        .attr('x1', x(point.date))
        .attr('x2', x(point.date))
        .attr('y1', y(options.low(point)!))
        .attr('y2', y(options.high(point)!))
        .attr('stroke', options.color)
        .attr('stroke-opacity', 0.6)
        .attr('stroke-width', 6);
    }
  }
  return g.node()!;
}
