import { renderNetworkChart, type NetworkChartData, type NetworkSelection, type Position } from '@marketlens/charts';
import { useCallback, useMemo, useRef } from 'preact/hooks';
import { ChartCard } from '../../components/chart-card';
import { ChartFrame } from '../../components/chart-frame';
import { networkCsv, toNetworkChartData, type Network } from './network-data';

interface NetworkChartCardProps {
  readonly network: Network;
  readonly label: string;
  readonly selected: NetworkSelection | null;
  readonly onSelect: (selection: NetworkSelection | null) => void;
}

type ChartInput = { data: NetworkChartData; selected: NetworkSelection | null };

/** The force-directed graph; nodes keep their places as the date moves either way, so the network grows in place. */
export function NetworkChartCard({ network, label, selected, onSelect }: NetworkChartCardProps) {
  const positions = useRef<ReadonlyMap<string, Position>>(new Map());
  const select = useRef(onSelect);
  select.current = onSelect;
  const input = useMemo<ChartInput>(() => ({ data: toNetworkChartData(network, label), selected }), [network, label, selected?.kind, selected?.id]);
  const render = useCallback((container: HTMLElement, chart: ChartInput, size: { width: number; height: number }) => {
    const drawn = renderNetworkChart(container, chart.data, { ...size, selected: chart.selected, positions: positions.current, onSelect: (selection) => select.current(selection) });
    // Every node keeps the place it was first given, also after the date moved back past its start and forward again.
    positions.current = new Map([...positions.current, ...drawn.positions]);
    return drawn;
  }, []);
  const sources = [...new Set(network.links.map((link) => link.source.title))];
  return (
    <ChartCard
      title="Partnership network"
      name="network-card"
      exports={{ fileName: 'marketlens-partnership-network', title: `the partnership network, ${label}`, caption: [label, ...sources.map((source) => `Source: ${source}`)], csv: () => networkCsv(network) }}
    >
      <ChartFrame data={input} render={render} height={520} label={`Partnership network: ${label}`} />
    </ChartCard>
  );
}
