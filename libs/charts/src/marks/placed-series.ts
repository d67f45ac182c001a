import type { ScaleLinear, ScaleTime } from 'd3';
import type { PeriodPoint } from '../periods.js';

export interface SharePoint extends PeriodPoint {
  /** 0 to 1. */
  readonly share: number;
}

export interface ShareSeries<Point extends SharePoint = SharePoint> {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly points: readonly Point[];
}

/** A point with its vertical extent: low = high on a line; the band's edges in a stack. */
export interface PlacedPoint<Point extends PeriodPoint = PeriodPoint> extends PeriodPoint {
  readonly seriesKey: string;
  readonly color: string;
  readonly point: Point;
  readonly low: number;
  readonly high: number;
}

export interface PlacedSeries<Point extends PeriodPoint = PeriodPoint> {
  readonly key: string;
  readonly color: string;
  readonly points: readonly PlacedPoint<Point>[];
}

export interface TimeScales {
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
}

export type SeriesLayout = 'lines' | 'stacked';

const placed = <Point extends PeriodPoint>(seriesKey: string, color: string, point: Point, low: number, high: number): PlacedPoint<Point> => ({
  seriesKey,
  color,
  point,
  low,
  high,
  date: point.date,
  period: point.period,
  ...(point.granularity ? { granularity: point.granularity } : {}),
});

/**
 * Places each shown series' points: on a line at their value, or stacked in the series' order per
 * period. A stack only adds the products the source reported in that period; nothing is filled in.
 */
export function placeSeries<Point extends PeriodPoint>(
  series: readonly ShareSeries<Point & SharePoint>[],
  layout: SeriesLayout,
  valueOf: (point: Point) => number,
  hidden: ReadonlySet<string>,
): PlacedSeries<Point>[] {
  const shown = series.filter((entry) => !hidden.has(entry.key));
  if (layout === 'lines') {
    return shown.map((entry) => ({ key: entry.key, color: entry.color, points: entry.points.map((point) => placed(entry.key, entry.color, point, valueOf(point), valueOf(point))) }));
  }
  const base = new Map<string, number>();
  return shown.map((entry) => ({
    key: entry.key,
    color: entry.color,
    points: entry.points.map((point) => {
      const low = base.get(point.period) ?? 0;
      const high = low + valueOf(point);
      base.set(point.period, high);
      return placed(entry.key, entry.color, point, low, high);
    }),
  }));
}

/** Where a point's dot sits: on the line, or in the middle of its band. */
export function dotY(point: PlacedPoint, layout: SeriesLayout): number {
  return layout === 'lines' ? point.high : (point.low + point.high) / 2;
}
