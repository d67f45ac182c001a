import { create, group, select } from 'd3';
import type { PeriodPoint } from '../periods.js';
import { dotY, type PlacedPoint, type PlacedSeries, type SeriesLayout, type TimeScales } from './placed-series.js';
import { PAPER } from '../shell/theme.js';

export interface PointDotsOptions {
  readonly layout: SeriesLayout;
  /** The data-share attribute of each dot (what the reader sees in the tooltip). */
  readonly shareOf: (point: PlacedPoint) => number;
  /** Each point's value written beside its dot (for views of a few periods); no labels when absent. */
  readonly label?: (point: PlacedPoint) => string;
  /** The accessible name of a dot ("AIM, 2000-08: 41.7%"). */
  readonly describe: (point: PlacedPoint) => string;
}

const LABEL_GAP = 13;

/** Label positions at least `gap` apart, each as close to its wish as the others allow (one pass down, one up). */
export function spreadLabels(wanted: readonly number[], gap = LABEL_GAP): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  for (let at = 1; at < order.length; at++) order[at]!.y = Math.max(order[at]!.y, order[at - 1]!.y + gap);
  const out = new Array<number>(wanted.length);
  for (const { y, index } of order) out[index] = y;
  return out;
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
  // The paper colour is set once on the group and inherited (one inline style, not one per dot).
  const g = create<SVGGElement>('svg:g')
    .attr('class', 'point-dots')
    .attr('data-layout', options.layout)
    .style(options.layout === 'lines' ? 'stroke' : 'fill', PAPER);
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
    .attr(options.layout === 'lines' ? 'fill' : 'stroke', (point) => point.color)
    .attr('stroke-width', 1.5)
    .attr('role', 'img')
    .attr('aria-label', options.describe)
    .attr('tabindex', -1);
  g.select('circle.point').attr('tabindex', 0);
  if (options.label) {
    const label = options.label;
    g.selectAll<SVGGElement, PeriodColumn>('g.period-dots')
      .selectAll('text')
      .data((column) => column.points)
      .join('text')
      .attr('class', 'value-label')
      .attr('x', radius + 4)
      .attr('dy', '0.32em')
      .attr('font-size', 11)
      .attr('fill', 'currentColor')
      .attr('pointer-events', 'none')
      .style('paint-order', 'stroke')
      .style('stroke', PAPER)
      .style('stroke-width', 3)
      .text(label);
  }
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
  select(g)
    .selectAll<SVGGElement, PeriodColumn>('g.period-dots')
    .each(function (column) {
      const ys = spreadLabels(column.points.map((point) => scales.y(dotY(point, layout))));
      select(this)
        .selectAll<SVGTextElement, PlacedPoint>('text.value-label')
        .attr('y', (_, index) => ys[index]!);
    });
  shiftPointDots(g, scales.x);
}

interface CachedColumn {
  readonly node: SVGGElement;
  readonly date: Date;
  readonly labels: readonly SVGTextElement[];
  hidden: boolean;
}

/** Room a value label needs on the right of its dot; nearer the edge it goes on the left. */
const LABEL_ROOM = 44;

const columnsByGroup = new WeakMap<SVGGElement, CachedColumn[]>();

function cacheColumns(g: SVGGElement): CachedColumn[] {
  const columns = select(g)
    .selectAll<SVGGElement, PeriodColumn>('g.period-dots')
    .nodes()
    .map((node) => ({ node, date: select<SVGGElement, PeriodColumn>(node).datum().date, labels: [...node.querySelectorAll<SVGTextElement>('text.value-label')], hidden: false }));
  columnsByGroup.set(g, columns);
  return columns;
}

function placeLabelSide(labels: readonly SVGTextElement[], left: boolean): void {
  for (const label of labels) {
    const x = Math.abs(Number(label.getAttribute('x')));
    label.setAttribute('x', String(left ? -x : x));
    label.setAttribute('text-anchor', left ? 'end' : 'start');
  }
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
      if (column.labels.length > 0) placeLabelSide(column.labels, cx > end - LABEL_ROOM);
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
