import { create, group, select } from 'd3';
import type { PeriodPoint } from '../periods.js';
import { dotY, type PlacedPoint, type PlacedSeries, type SeriesLayout, type TimeScales } from './placed-series.js';

export interface PointDotsOptions {
  readonly layout: SeriesLayout;
  /** The data-share attribute of each dot (what the reader sees in the tooltip). */
  readonly shareOf: (point: PlacedPoint) => number;
}

interface PeriodColumn {
  readonly date: Date;
  readonly points: readonly PlacedPoint[];
}

/**
 * A dot per measured point: the hover and keyboard target (one tab stop; the chart moves focus with the
 * arrow keys). Dots stand in one group per period, placed by the group's transform, so a zoom moves 120
 * groups rather than 2,400 dots.
 */
export function pointDotsMark<Point extends PeriodPoint>(series: readonly PlacedSeries<Point>[], scales: TimeScales, options: PointDotsOptions): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'point-dots').attr('data-layout', options.layout);
  const count = series.reduce((sum, entry) => sum + entry.points.length, 0);
  const radius = count > 600 ? 2.5 : options.layout === 'stacked' ? 3.5 : 5;
  const columns: PeriodColumn[] = [...group(series.flatMap((entry) => entry.points as readonly PlacedPoint[]), (point) => point.date.getTime()).entries()]
    .sort(([a], [b]) => a - b)
    .map(([, points]) => ({ date: points[0]!.date, points }));
  g.selectAll('g')
    .data(columns)
    .join('g')
    .attr('class', 'period-dots')
    .attr('data-period', (column) => column.points[0]!.period)
    .selectAll('circle')
    .data((column) => column.points)
    .join('circle')
    .attr('class', 'point')
    .attr('data-key', (point) => point.seriesKey)
    .attr('data-period', (point) => point.period)
    .attr('data-share', (point) => options.shareOf(point).toFixed(6))
    .attr('r', radius)
    .attr('fill', (point) => (options.layout === 'lines' ? point.color : 'white'))
    .attr('stroke', (point) => (options.layout === 'lines' ? 'white' : point.color))
    .attr('stroke-width', 1.5)
    .attr('tabindex', -1);
  g.select('circle.point').attr('tabindex', 0);
  repositionPointDots(g.node()!, scales);
  return g.node()!;
}

/** Places every dot: each period's group along x, each dot along y. */
export function repositionPointDots(g: SVGGElement, scales: TimeScales): void {
  const layout = (g.getAttribute('data-layout') ?? 'lines') as SeriesLayout;
  select(g)
    .selectAll<SVGCircleElement, PlacedPoint>('circle.point')
    .attr('cx', 0)
    .attr('cy', (point) => scales.y(dotY(point, layout)));
  shiftPointDots(g, scales.x);
}

interface CachedColumn {
  readonly node: SVGGElement;
  readonly date: Date;
  hidden: boolean;
}

const columnsByGroup = new WeakMap<SVGGElement, CachedColumn[]>();

function cacheColumns(g: SVGGElement): CachedColumn[] {
  const columns = select(g)
    .selectAll<SVGGElement, PeriodColumn>('g.period-dots')
    .nodes()
    .map((node) => ({ node, date: select<SVGGElement, PeriodColumn>(node).datum().date, hidden: false }));
  columnsByGroup.set(g, columns);
  return columns;
}

/**
 * Moves the dots along x (a zoom), fast enough for every brush frame: one transform per period in view;
 * a period the zoom leaves out is hidden once (neither drawn nor focusable) instead of moved every frame.
 */
export function shiftPointDots(g: SVGGElement, x: TimeScales['x']): void {
  const [start, end] = x.range() as [number, number];
  for (const column of columnsByGroup.get(g) ?? cacheColumns(g)) {
    const cx = x(column.date);
    if (cx >= start - 8 && cx <= end + 8) {
      column.node.setAttribute('transform', `translate(${cx},0)`);
      if (column.hidden) {
        column.node.removeAttribute('display');
        column.hidden = false;
      }
    } else if (!column.hidden) {
      column.node.setAttribute('display', 'none');
      column.hidden = true;
    }
  }
}
