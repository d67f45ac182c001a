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

const TICKS = 300;

/**
 * Places the nodes with a d3-force simulation run to rest synchronously (no animation, the same input
 * always gives the same picture). Nodes that were already placed start where they were, so moving the
 * date slider grows the graph instead of reshuffling it.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  links: readonly NetworkLink[],
  size: { readonly width: number; readonly height: number; readonly inset: number },
  previous: ReadonlyMap<string, Position> = new Map(),
): Map<string, Position> {
  const byId = new Map<string, SimNode>();
  nodes.forEach((node, index) => {
    const known = previous.get(node.id) ?? neighbourPosition(node.id, links, previous, index);
    byId.set(node.id, known ? { id: node.id, x: known.x, y: known.y } : { id: node.id });
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
  const clamp = (value: number, limit: number): number => Math.max(size.inset, Math.min(limit - size.inset, value));
  return new Map([...byId.values()].map((node) => [node.id, { x: clamp(node.x ?? 0, size.width), y: clamp(node.y ?? 0, size.height) }]));
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
