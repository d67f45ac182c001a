import { create } from 'd3';
import { textWidth } from '../shell/text-width.js';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Drawn as a short line of this dash pattern rather than a square (for line and link legends). */
  readonly dash?: string;
  /** A fill (`url(#pattern)`) drawn over the square: the texture of the item's band. */
  readonly pattern?: string | null;
}

export interface LegendOptions {
  /** Keys of items switched off: drawn faded and struck through. */
  readonly hidden?: ReadonlySet<string>;
  /** Items are buttons (focusable, aria-pressed) that the chart binds to a toggle. */
  readonly toggles?: boolean;
  /** A word before the items ("Kinds:"). */
  readonly title?: string;
}

const ROW_HEIGHT = 18;
const SWATCH = 18;
const GAP = 16;

/** The label as drawn: cut with an ellipsis when even a row of its own is too narrow (the full text is its tooltip). */
function shownLabel(label: string, maxWidth: number): string {
  if (SWATCH + textWidth(label, 12) <= maxWidth) return label;
  let cut = label;
  while (cut.length > 1 && SWATCH + textWidth(`${cut}…`, 12) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const itemWidth = (item: LegendItem, maxWidth: number): number => SWATCH + textWidth(shownLabel(item.label, maxWidth), 12) + GAP;

/** Where each item goes when the legend wraps at `maxWidth`. */
function layout(items: readonly LegendItem[], maxWidth: number, startX: number): Array<{ item: LegendItem; x: number; y: number }> {
  let x = startX;
  let y = 0;
  return items.map((item) => {
    const width = itemWidth(item, maxWidth - startX);
    if (x > startX && x + width > maxWidth) {
      x = startX;
      y += ROW_HEIGHT;
    }
    const placed = { item, x, y };
    x += width;
    return placed;
  });
}

const titleWidth = (title?: string): number => (title ? textWidth(title, 12, 600) + 10 : 0);

/** The height the legend takes at this width. */
export function legendHeight(items: readonly LegendItem[], maxWidth: number, title?: string): number {
  const placed = layout(items, maxWidth, titleWidth(title));
  return placed.length === 0 ? 0 : placed[placed.length - 1]!.y + ROW_HEIGHT;
}

/** A wrapping legend of swatches; part of the SVG so an exported chart keeps it. */
export function legendMark(items: readonly LegendItem[], maxWidth: number, options: LegendOptions = {}): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'legend').attr('role', 'list');
  if (options.title) g.append('text').attr('y', 10).attr('font-size', 12).attr('font-weight', 600).attr('fill', 'currentColor').text(options.title);
  for (const { item, x, y } of layout(items, maxWidth, titleWidth(options.title))) {
    const hidden = options.hidden?.has(item.key) ?? false;
    const entry = g.append('g').attr('class', 'legend-item').attr('role', 'listitem').attr('data-key', item.key).attr('transform', `translate(${x},${y})`);
    const body = options.toggles
      ? entry
          .append('g')
          .attr('class', 'legend-toggle')
          .attr('role', 'button')
          .attr('tabindex', 0)
          .attr('aria-pressed', String(!hidden))
          .attr('aria-label', `${item.label}: ${hidden ? 'hidden, press to show' : 'shown, press to hide'}`)
          .attr('cursor', 'pointer')
      : entry;
    if (item.dash !== undefined) {
      body.append('line').attr('x1', 0).attr('x2', 14).attr('y1', 6).attr('y2', 6).attr('stroke', item.color).attr('stroke-width', 2.5).attr('stroke-dasharray', item.dash || null);
    } else {
      body.append('rect').attr('width', 12).attr('height', 12).attr('rx', 2).attr('fill', item.color).attr('fill-opacity', hidden ? 0.25 : 1);
      if (item.pattern) body.append('rect').attr('class', 'swatch-pattern').attr('width', 12).attr('height', 12).attr('rx', 2).attr('fill', item.pattern);
    }
    const label = shownLabel(item.label, maxWidth - titleWidth(options.title));
    if (label !== item.label) entry.append('title').text(item.label);
    body
      .append('text')
      .attr('x', SWATCH)
      .attr('y', 10)
      .attr('font-size', 12)
      .attr('fill', 'currentColor')
      .attr('fill-opacity', hidden ? 0.5 : 1)
      .attr('text-decoration', hidden ? 'line-through' : null)
      .text(label);
  }
  return g.node()!;
}
