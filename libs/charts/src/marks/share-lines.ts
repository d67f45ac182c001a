import { create, line, type ScaleLinear, type ScaleTime } from 'd3';

export interface SharePoint {
  readonly date: Date;
  readonly period: string;
  /** 0 to 1. */
  readonly share: number;
}

export interface ShareSeries<Point extends SharePoint = SharePoint> {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly points: readonly Point[];
}

interface Scales {
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
}

/**
 * One line per product through the periods it was measured in, and a dot at each measurement.
 * Lines join consecutive measurements only: a period a source did not report stays a gap.
 */
export function shareLinesMark<Point extends SharePoint>(series: readonly ShareSeries<Point>[], scales: Scales, periods: readonly string[]): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'share-lines');
  const order = new Map(periods.map((period, index) => [period, index]));
  for (const entry of series) {
    const group = g.append('g').attr('class', 'series').attr('data-key', entry.key);
    for (const run of consecutiveRuns(entry.points, order)) {
      if (run.length < 2) continue;
      const path = line<Point>()
        .x((point) => scales.x(point.date))
        .y((point) => scales.y(point.share));
      group.append('path').attr('fill', 'none').attr('stroke', entry.color).attr('stroke-width', 2).attr('d', path(run));
    }
    group
      .selectAll('circle')
      .data(entry.points)
      .join('circle')
      .attr('class', 'point')
      .attr('data-key', entry.key)
      .attr('data-period', (point) => point.period)
      .attr('data-share', (point) => point.share.toFixed(6))
      .attr('cx', (point) => scales.x(point.date))
      .attr('cy', (point) => scales.y(point.share))
      .attr('r', 5)
      .attr('fill', entry.color)
      .attr('stroke', 'white')
      .attr('stroke-width', 1.5)
      .attr('tabindex', 0);
  }
  return g.node()!;
}

/** Splits points into runs of adjacent periods (by their index among all periods of the view). */
function consecutiveRuns<Point extends SharePoint>(points: readonly Point[], order: ReadonlyMap<string, number>): Point[][] {
  const runs: Point[][] = [];
  let previous: number | undefined;
  for (const point of points) {
    const index = order.get(point.period) ?? -1;
    if (previous === undefined || index !== previous + 1) runs.push([]);
    runs[runs.length - 1]!.push(point);
    previous = index;
  }
  return runs;
}
