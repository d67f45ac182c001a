import { axisBottom, axisLeft, axisRight, create, select, type AxisDomain, type AxisScale } from 'd3';
import type { Frame } from '../options.js';

/** How many x ticks fit: about one per 110 pixels. */
export const xTickCount = (width: number): number => Math.max(2, Math.min(10, Math.floor(width / 110)));

/** The x axis along the bottom of the plotting area. */
export function axisXMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, ticks = xTickCount(frame.innerWidth)): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-x').attr('transform', `translate(0,${frame.innerHeight})`);
  updateAxisX(g.node()!, scale, format, ticks);
  return g.node()!;
}

/** Redraws an x axis for a new domain (a zoom). */
export function updateAxisX<Domain extends AxisDomain>(g: SVGGElement, scale: AxisScale<Domain>, format?: (value: Domain) => string, ticks = 6): void {
  const axis = axisBottom(scale).ticks(ticks);
  if (format) axis.tickFormat((value) => format(value as Domain));
  select(g).call(axis);
}

/** The y axis with light grid lines across the plotting area. */
export function axisYMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, label?: string, labelY = -12): SVGGElement {
  const axis = axisLeft(scale).ticks(5).tickSizeInner(-frame.innerWidth);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-y');
  g.call(axis);
  g.selectAll('.tick line').attr('stroke-opacity', 0.12);
  if (label) {
    g.append('text').attr('class', 'axis-label').attr('x', -frame.margin.left + 4).attr('y', labelY).attr('fill', 'currentColor').attr('text-anchor', 'start').text(label);
  }
  return g.node()!;
}

/** A second y axis on the right (another unit over the same periods), without grid lines. */
export function axisYRightMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, label?: string, labelY = -12): SVGGElement {
  const axis = axisRight(scale).ticks(5);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-y-right').attr('transform', `translate(${frame.innerWidth},0)`);
  g.call(axis);
  if (label) {
    g.append('text').attr('class', 'axis-label').attr('x', frame.margin.right - 4).attr('y', labelY).attr('fill', 'currentColor').attr('text-anchor', 'end').text(label);
  }
  return g.node()!;
}
