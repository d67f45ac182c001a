import type { NetworkChartData } from '@marketlens/charts';
import { toCsv } from '../../export/csv';
import type { PartnershipNetworkQuery } from '../../gql/graphql';
import { citationOf } from '../../format/citation';

export type Network = PartnershipNetworkQuery['partnershipNetwork'];
export type Link = Network['links'][number];

export function toNetworkChartData(network: Network, label: string): NetworkChartData {
  return {
    nodes: network.nodes,
    links: network.links.map((link) => ({ id: link.id, from: link.from, to: link.to, kind: link.kind, date: link.date, description: link.description ?? '' })),
    label,
  };
}

/** Every partnership the graph shows, with both parties, kind, date, description and citation. */
export function networkCsv(network: Network): string {
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const rows = network.links.map((link) => [
    nodes.get(link.from)?.name ?? link.from,
    nodes.get(link.from)?.type ?? '',
    nodes.get(link.to)?.name ?? link.to,
    nodes.get(link.to)?.type ?? '',
    link.kind,
    link.date,
    link.start,
    link.description ?? '',
    link.note ?? '',
    citationOf(link.source),
    link.source.url ?? '',
  ]);
  return toCsv(['from', 'from_type', 'to', 'to_type', 'kind', 'date', 'start', 'description', 'note', 'source', 'source_url'], rows);
}
