import { create, line, type ScaleLinear, type ScaleTime } from 'd3';
import { periodRuns, type PeriodPoint } from '../periods.js';

export interface ValueLineOptions<Point> {
  readonly value: (point: Point) => number | null;
  readonly color: string;
  /** A dash pattern ("6 4"); solid when absent. */
  readonly dash?: string;
  readonly className: string;
}

/** A line through one value per period, joining adjacent periods where the value is known. */
export function valueLineMark<Point extends PeriodPoint>(points: readonly Point[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>, options: ValueLineOptions<Point>): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', options.className);
  const known = points.filter((point) => options.value(point) !== null);
  const order = new Map(points.map((point, index) => [point.period, index]));
  const path = line<Point>()
    .x((point) => x(point.date))
    .y((point) => y(options.value(point)!));
  for (const run of periodRuns(known, order)) {
    if (run.length < 2) continue;
    g.append('path').attr('d', path(run)).attr('fill', 'none').attr('stroke', options.color).attr('stroke-width', 2).attr('stroke-dasharray', options.dash ?? null);
  }
  return g.node()!;
}
