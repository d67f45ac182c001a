import { create, type Selection } from 'd3';
import type { NetworkLink, NetworkNode, Position } from '../network-chart/network-layout.js';
import { INK, PAPER } from '../shell/theme.js';

export interface ForceGraphStyle {
  readonly nodeColor: (type: string) => string;
  readonly linkColor: (kind: string) => string;
  readonly linkDash: (kind: string) => string;
  /** `node:<id>` or `link:<id>` of the selected item. */
  readonly selected: string | null;
  /** Prefix for marker ids (unique per chart). */
  readonly idPrefix: string;
}

const RADIUS = 9;

/**
 * Links as arrows from supplier to recipient (colour and dash by kind, a wide invisible stroke to make
 * them easy to hit) and nodes as circles (products) or squares (vendors) coloured by type, with names.
 * Nodes and links are focusable: one tab stop each, arrow keys move within them.
 */
export function forceGraphMark(nodes: readonly NetworkNode[], links: readonly NetworkLink[], positions: ReadonlyMap<string, Position>, style: ForceGraphStyle): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'force-graph');
  const kinds = [...new Set(links.map((link) => link.kind))];
  const defs = g.append('defs');
  for (const kind of kinds) {
    defs
      .append('marker')
      .attr('id', `${style.idPrefix}-arrow-${kind}`)
      .attr('viewBox', '0 -5 10 10')
      .attr('refX', 9)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('markerWidth', 10)
      .attr('markerHeight', 10)
      .attr('orient', 'auto')
      .append('path')
      .attr('d', 'M0,-5L10,0L0,5')
      .attr('fill', style.linkColor(kind));
  }
  const placed = links.filter((link) => positions.has(link.from) && positions.has(link.to));
  const link = g
    .append('g')
    .attr('class', 'network-links')
    .selectAll('g')
    .data(placed)
    .join('g')
    .attr('class', (datum) => `network-link${style.selected === `link:${datum.id}` ? ' selected' : ''}`)
    .attr('data-id', (datum) => datum.id)
    .attr('data-kind', (datum) => datum.kind)
    .attr('tabindex', (_, index) => (index === 0 ? 0 : -1))
    .attr('role', 'button')
    .attr('aria-label', (datum) => `${nameOf(nodes, datum.from)} to ${nameOf(nodes, datum.to)}: ${datum.kind.replaceAll('_', ' ')}, ${datum.date}`)
    .attr('cursor', 'pointer');
  const ends = (datum: NetworkLink) => shortened(positions.get(datum.from)!, positions.get(datum.to)!);
  const placeLine = (line: Selection<SVGLineElement, NetworkLink, SVGGElement, unknown>) =>
    line
      .attr('x1', (datum) => ends(datum)[0])
      .attr('y1', (datum) => ends(datum)[1])
      .attr('x2', (datum) => ends(datum)[2])
      .attr('y2', (datum) => ends(datum)[3]);
  link.append('line').attr('class', 'hit').attr('stroke', 'transparent').attr('stroke-width', 12).call(placeLine);
  link
    .append('line')
    .call(placeLine)
    .attr('class', 'visible')
    .attr('stroke', (datum) => style.linkColor(datum.kind))
    .attr('stroke-width', (datum) => (style.selected === `link:${datum.id}` ? 4 : 2))
    .attr('stroke-dasharray', (datum) => style.linkDash(datum.kind) || null)
    .attr('marker-end', (datum) => `url(#${style.idPrefix}-arrow-${datum.kind})`);

  const node = g
    .append('g')
    .attr('class', 'network-nodes')
    .selectAll('g')
    .data(nodes.filter((datum) => positions.has(datum.id)))
    .join('g')
    .attr('class', (datum) => `network-node${style.selected === `node:${datum.id}` ? ' selected' : ''}`)
    .attr('data-id', (datum) => datum.id)
    .attr('data-type', (datum) => datum.type)
    .attr('transform', (datum) => `translate(${positions.get(datum.id)!.x},${positions.get(datum.id)!.y})`)
    .attr('tabindex', (_, index) => (index === 0 ? 0 : -1))
    .attr('role', 'button')
    .attr('aria-label', (datum) => `${datum.name} (${datum.type.replaceAll('_', ' ')})`)
    .attr('cursor', 'pointer');
  node
    .append((datum) => create(datum.type === 'vendor' ? 'svg:rect' : 'svg:circle').node()!)
    .attr('r', RADIUS)
    .attr('x', -RADIUS)
    .attr('y', -RADIUS)
    .attr('width', RADIUS * 2)
    .attr('height', RADIUS * 2)
    .attr('rx', 2)
    .attr('fill', (datum) => style.nodeColor(datum.type))
    .style('stroke', (datum) => (style.selected === `node:${datum.id}` ? INK : PAPER))
    .attr('stroke-width', (datum) => (style.selected === `node:${datum.id}` ? 3 : 1.5));
  node
    .append('text')
    .attr('x', RADIUS + 4)
    .attr('y', 4)
    .attr('font-size', 11)
    .attr('fill', 'currentColor')
    .style('stroke', PAPER)
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .text((datum) => datum.name);
  return g.node()!;
}

const nameOf = (nodes: readonly NetworkNode[], id: string): string => nodes.find((node) => node.id === id)?.name ?? id;

/** The link's ends pulled back to the nodes' edges, so the arrowhead shows. */
function shortened(from: Position, to: Position): [number, number, number, number] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const pull = RADIUS + 3;
  return [from.x + (dx / length) * pull, from.y + (dy / length) * pull, to.x - (dx / length) * pull, to.y - (dy / length) * pull];
}
