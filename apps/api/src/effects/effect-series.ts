import { periodEnd } from '@marketlens/domain';
import type { SeriesModel } from '../series/models/series.model.js';

type Point = SeriesModel['points'][number];

/** A period's position in years (2001-10-01 → 2001.75): the time axis of the effect regressions. */
export function yearsOf(start: string): number {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/**
 * Index of the first point whose period contains or follows a date (an event on 2001-10-25 treats
 * October 2001 as after it); the number of points when every period ended before it.
 */
export function firstIndexFrom(points: readonly Point[], date: string): number {
  const index = points.findIndex((point) => periodEnd(point.start, point.granularity) > date);
  return index === -1 ? points.length : index;
}

/** The periods every series has, in order, with each series' values there: the panel DiD and synthetic control need. */
export function alignSeries(series: readonly SeriesModel[]): { points: Point[]; values: number[][] } {
  const key = (point: Point): string => `${point.start}/${point.granularity}`;
  const maps = series.map((entry) => new Map(entry.points.map((point) => [key(point), point])));
  const first = series[0];
  if (!first) return { points: [], values: [] };
  const points = first.points.filter((point) => maps.every((map) => map.has(key(point))));
  return { points, values: maps.map((map) => points.map((point) => map.get(key(point))!.value)) };
}

export function seriesName(series: SeriesModel): string {
  return `${series.product} (${series.panel})`;
}
