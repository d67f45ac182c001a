import type { ScaleTime } from 'd3';

/**
 * The transform that moves marks drawn on the full time scale to a zoomed one: a zoom of a linear time
 * scale is x ↦ a·x + b, so paths need not be recomputed while a brush moves (strokes keep their width
 * with `vector-effect: non-scaling-stroke`).
 */
export function zoomTransform(full: ScaleTime<number, number>, zoomed: ScaleTime<number, number>): string {
  const [start, end] = zoomed.domain() as [Date, Date];
  const from = full(start);
  const to = full(end);
  const [rangeStart, rangeEnd] = zoomed.range() as [number, number];
  const a = to === from ? 1 : (rangeEnd - rangeStart) / (to - from);
  const b = rangeStart - a * from;
  return `translate(${b},0) scale(${a},1)`;
}
