import { utcDay, utcMonth, utcYear } from 'd3';

/** How long a period is, as the data states it. */
export type PeriodGranularity = 'year' | 'quarter' | 'month' | 'day';

/** Something placed on the time axis at the start of a period. */
export interface PeriodPoint {
  readonly date: Date;
  readonly period: string;
  /** Absent: neighbours in the list count as adjacent (no calendar check). */
  readonly granularity?: PeriodGranularity;
}

/** The first day of the period after the one starting at `date`. */
export function nextPeriodStart(date: Date, granularity: PeriodGranularity): Date {
  switch (granularity) {
    case 'year':
      return utcYear.offset(date, 1);
    case 'quarter':
      return utcMonth.offset(date, 3);
    case 'month':
      return utcMonth.offset(date, 1);
    case 'day':
      return utcDay.offset(date, 1);
  }
}

/** True when `b` is the period right after `a` in the calendar (same granularity, nothing between). */
export function adjacentPeriods(a: PeriodPoint, b: PeriodPoint): boolean {
  if (!a.granularity || !b.granularity) return true;
  return a.granularity === b.granularity && nextPeriodStart(a.date, a.granularity).getTime() === b.date.getTime();
}

/**
 * Splits a series' points into runs that a line or an area may join: consecutive among the view's periods
 * (`order`: each period label's index) and adjacent in the calendar. A period the source did not report,
 * or did not report for this product, ends a run: gaps stay gaps.
 */
export function periodRuns<Point extends PeriodPoint>(points: readonly Point[], order: ReadonlyMap<string, number>): Point[][] {
  const runs: Point[][] = [];
  let previous: Point | undefined;
  for (const point of points) {
    const index = order.get(point.period) ?? -1;
    const joined = previous !== undefined && index === (order.get(previous.period) ?? -2) + 1 && adjacentPeriods(previous, point);
    if (!joined) runs.push([]);
    runs[runs.length - 1]!.push(point);
    previous = point;
  }
  return runs;
}

/** The time span to draw: the dates' extent padded by half a period each side, or half a year around a short span. */
export function paddedTimeDomain(points: readonly PeriodPoint[]): [Date, Date] {
  if (points.length === 0) return [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
  let first = points[0]!;
  let last = points[0]!;
  for (const point of points) {
    if (point.date < first.date) first = point;
    if (point.date > last.date) last = point;
  }
  const end = last.granularity ? nextPeriodStart(last.date, last.granularity) : last.date;
  const halfLast = (end.getTime() - last.date.getTime()) / 2;
  const halfFirst = first.granularity ? (nextPeriodStart(first.date, first.granularity).getTime() - first.date.getTime()) / 2 : 0;
  const start = new Date(first.date.getTime() - halfFirst);
  const stop = new Date(last.date.getTime() + halfLast);
  if (stop.getTime() - start.getTime() < 90 * 86_400_000) {
    const halfYear = 183 * 86_400_000;
    return [new Date(first.date.getTime() - halfYear), new Date(last.date.getTime() + halfYear)];
  }
  return [start, stop];
}
