import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from 'd3';
import { create } from 'd3';
import type { Frame } from '../options.js';

/** The x axis along the bottom of the plotting area. */
export function axisXMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, ticks = 6): SVGGElement {
  const axis = axisBottom(scale).ticks(ticks);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-x').attr('transform', `translate(0,${frame.innerHeight})`);
  g.call(axis);
  return g.node()!;
}

/** The y axis with light grid lines across the plotting area. */
export function axisYMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, label?: string): SVGGElement {
  const axis = axisLeft(scale).ticks(5).tickSizeInner(-frame.innerWidth);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-y');
  g.call(axis);
  g.selectAll('.tick line').attr('stroke-opacity', 0.12);
  if (label) {
    g.append('text').attr('class', 'axis-label').attr('x', -frame.margin.left + 4).attr('y', -12).attr('fill', 'currentColor').attr('text-anchor', 'start').text(label);
  }
  return g.node()!;
}
