import { select } from 'd3';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindRovingFocus } from '../interactions/roving-focus.js';
import { forceGraphMark } from '../marks/force-graph.js';
import { uniqueId, type RenderedChart } from '../options.js';
import { chartShell } from '../shell/chart-shell.js';
import { layoutNetwork, type NetworkLink, type NetworkNode, type Position } from './network-layout.js';
import { LINK_KIND_STYLE, NODE_TYPE_COLORS, linkDash, linkColor, nodeColor } from './network-style.js';
import { MUTED } from '../shell/theme.js';

export * from './network-layout.js';
export * from './network-style.js';

export interface NetworkChartData {
  readonly nodes: readonly NetworkNode[];
  readonly links: readonly NetworkLink[];
  readonly label: string;
}

export interface NetworkSelection {
  readonly kind: 'node' | 'link';
  readonly id: string;
}

export interface NetworkChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  readonly selected?: NetworkSelection | null;
  /** Where nodes were drawn last time (see `positions` of the result): they start there again. */
  readonly positions?: ReadonlyMap<string, Position>;
  /** A click (or Enter) on a node or link; null for a click on the background. */
  readonly onSelect?: (selection: NetworkSelection | null) => void;
}

export interface RenderedNetworkChart extends RenderedChart {
  /** Every node's position, to pass to the next render. */
  readonly positions: ReadonlyMap<string, Position>;
}

/** A force-directed partnership network: node colours by type, link colours and dashes by kind, legends. */
export function renderNetworkChart(container: HTMLElement, data: NetworkChartData, options: NetworkChartOptions): RenderedNetworkChart {
  const types = [...new Set(data.nodes.map((node) => node.type))].sort((a, b) => Object.keys(NODE_TYPE_COLORS).indexOf(a) - Object.keys(NODE_TYPE_COLORS).indexOf(b));
  const kinds = [...new Set(data.links.map((link) => link.kind))].sort();
  const typeItems = types.map((type) => ({ key: type, label: type.replaceAll('_', ' '), color: nodeColor(type) }));
  const kindItems = kinds.map((kind) => ({ key: kind, label: LINK_KIND_STYLE[kind]?.label ?? kind.replaceAll('_', ' '), color: linkColor(kind), dash: linkDash(kind) }));
  const shell = chartShell(container, {
    className: 'network-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: 12, right: 20, bottom: 8, left: 20 },
    title: data.label,
    description: `${data.nodes.length} partners and ${data.links.length} partnerships; arrows run from supplier to recipient. Tab to the links or the nodes, arrow keys to move, Enter to read the sources.`,
    legend: [
      { items: typeItems, options: { title: 'Nodes:' } },
      { items: kindItems, options: { title: 'Links:' } },
    ],
  });
  const { frame, plot } = shell;
  const positions = layoutNetwork(data.nodes, data.links, { width: frame.innerWidth, height: frame.innerHeight, inset: 16 }, options.positions);
  const selected = options.selected ? `${options.selected.kind}:${options.selected.id}` : null;
  plot.append('rect').attr('class', 'network-background').attr('width', frame.innerWidth).attr('height', frame.innerHeight).attr('fill', 'none').attr('pointer-events', 'all');
  plot.append(() => forceGraphMark(data.nodes, data.links, positions, { nodeColor, linkColor, linkDash, selected, idPrefix: uniqueId('network') }));
  if (data.nodes.length === 0) {
    plot.append('text').attr('x', frame.innerWidth / 2).attr('y', frame.innerHeight / 2).attr('text-anchor', 'middle').style('fill', MUTED).text('No partnership had started by this date.');
  }
  const chart = shell.mount();
  const svg = shell.svg.node()!;
  const names = new Map(data.nodes.map((node) => [node.id, node.name]));
  const at = (position: Position | undefined): readonly [number, number] => [(position?.x ?? 0) + frame.margin.left, (position?.y ?? 0) + frame.margin.top];
  bindMarkTooltips<NetworkNode>(
    svg,
    '.network-node',
    shell.tooltip,
    (node) => ({ title: node.name, rows: [['Type', node.type.replaceAll('_', ' ')], ['Partnerships', String(data.links.filter((link) => link.from === node.id || link.to === node.id).length)]], footnotes: ['Click for the sources.'] }),
    (node) => at(positions.get(node.id)),
  );
  bindMarkTooltips<NetworkLink>(
    svg,
    '.network-link',
    shell.tooltip,
    (link) => ({ title: `${names.get(link.from)} → ${names.get(link.to)}`, rows: [['Kind', link.kind.replaceAll('_', ' ')], ['Since', link.date]], footnotes: [link.description, 'Click for the source.'] }),
    (link) => {
      const from = positions.get(link.from);
      const to = positions.get(link.to);
      return at(from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : from);
    },
  );
  bindRovingFocus(svg, '.network-node', '.network-nodes');
  bindRovingFocus(svg, '.network-link', '.network-links');
  bindSelection(svg, options.onSelect);
  return { ...chart, positions };
}

function bindSelection(svg: SVGSVGElement, onSelect: NetworkChartOptions['onSelect']): void {
  if (!onSelect) return;
  const choose = (event: Event): void => {
    const target = (event.target as Element).closest('.network-node, .network-link');
    const id = target?.getAttribute('data-id');
    onSelect(target && id ? { kind: target.classList.contains('network-node') ? 'node' : 'link', id } : null);
  };
  select(svg)
    .select('g')
    .on('click', choose)
    .on('keydown', (event: KeyboardEvent) => {
      if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element).closest('.network-node, .network-link')) {
        event.preventDefault();
        choose(event);
      }
    });
}
