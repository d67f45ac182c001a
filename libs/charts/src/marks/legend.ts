import { create } from 'd3';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/** A horizontal legend of swatches; part of the SVG so an exported chart keeps it. */
export function legendMark(items: readonly LegendItem[], maxWidth: number): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'legend').attr('role', 'list');
  let x = 0;
  let y = 0;
  for (const item of items) {
    const width = 18 + item.label.length * 7 + 16;
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      y += 18;
    }
    const entry = g.append('g').attr('class', 'legend-item').attr('role', 'listitem').attr('data-key', item.key).attr('transform', `translate(${x},${y})`);
    entry.append('rect').attr('width', 12).attr('height', 12).attr('rx', 2).attr('fill', item.color);
    entry.append('text').attr('x', 18).attr('y', 10).attr('font-size', 12).attr('fill', 'currentColor').text(item.label);
    x += width;
  }
  return g.node()!;
}
