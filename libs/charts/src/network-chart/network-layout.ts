import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  /** `vendor` or a product kind (im_client, voip_service…). */
  readonly type: string;
}

export interface NetworkLink {
  readonly id: string;
  /** Node ids: supplier → recipient. */
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  /** The date as the source states it. */
  readonly date: string;
  readonly description: string;
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

interface SimNode extends SimulationNodeDatum {
  readonly id: string;
}

const clampTo = (size: { readonly width: number; readonly height: number; readonly inset: number }) => (position: Position): Position => ({
  x: Math.max(size.inset, Math.min(size.width - size.inset, position.x)),
  y: Math.max(size.inset, Math.min(size.height - size.inset, position.y)),
});

const TICKS = 300;

/**
 * Places the nodes with a d3-force simulation run to rest synchronously (no animation, the same input
 * always gives the same picture). Nodes that were already placed stay exactly where they were (pinned);
 * only new ones settle, starting beside a placed partner, so moving the date slider grows the graph
 * instead of reshuffling it.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  links: readonly NetworkLink[],
  size: { readonly width: number; readonly height: number; readonly inset: number },
  previous: ReadonlyMap<string, Position> = new Map(),
): Map<string, Position> {
  const clamp = clampTo(size);
  const byId = new Map<string, SimNode>();
  nodes.forEach((node, index) => {
    const placed = previous.get(node.id);
    if (placed) {
      const { x, y } = clamp(placed);
      byId.set(node.id, { id: node.id, x, y, fx: x, fy: y });
      return;
    }
    const near = neighbourPosition(node.id, links, previous, index);
    byId.set(node.id, near ? { id: node.id, ...near } : { id: node.id });
  });
  const simLinks: SimulationLinkDatum<SimNode>[] = links.filter((link) => byId.has(link.from) && byId.has(link.to)).map((link) => ({ source: link.from, target: link.to }));
  const simulation = forceSimulation([...byId.values()])
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks).id((node) => node.id).distance(140))
    .force('charge', forceManyBody().strength(-640))
    .force('collide', forceCollide(42))
    .force('x', forceX(size.width / 2).strength(0.05))
    .force('y', forceY(size.height / 2).strength(0.08))
    .alpha(previous.size > 0 ? 0.5 : 1)
    .stop();
  simulation.tick(TICKS);
  return new Map([...byId.values()].map((node) => [node.id, clamp({ x: node.x ?? 0, y: node.y ?? 0 })]));
}

/** A new node starts beside a partner that is already placed (offset by its index, deterministically). */
function neighbourPosition(id: string, links: readonly NetworkLink[], previous: ReadonlyMap<string, Position>, index: number): Position | undefined {
  for (const link of links) {
    const partner = link.from === id ? link.to : link.to === id ? link.from : undefined;
    const at = partner ? previous.get(partner) : undefined;
    if (at) return { x: at.x + 30 * Math.cos(index), y: at.y + 30 * Math.sin(index) };
  }
  return undefined;
}
