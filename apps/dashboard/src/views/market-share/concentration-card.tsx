import { renderConcentrationChart, type ConcentrationChartData } from '@marketlens/charts';
import { useCallback, useMemo } from 'preact/hooks';
import { ChartCard } from '../../components/chart-card';
import { ChartFrame } from '../../components/chart-frame';
import { fileSlug } from '../../export/download';
import type { MarketShareQuery } from '../../gql/graphql';
import { utcDate, type ExplorerState } from '../../market-share/explorer-state';
import { citationOf } from '../../format/citation';
import { toConcentrationPeriods } from './share-chart-data';
import { concentrationCsv } from './share-csv';

interface ConcentrationCardProps {
  readonly share: MarketShareQuery['marketShare'];
  readonly label: string;
  readonly state: ExplorerState;
  readonly domain: [Date, Date] | null;
  readonly caption: readonly string[];
}

type ChartInput = { data: ConcentrationChartData; domain: [Date, Date] | null; zoom: [Date, Date] | null };

/** HHI, CR1 and CR3 per period under the share chart, on the same time span and zoom. */
export function ConcentrationCard({ share, label, state, domain, caption }: ConcentrationCardProps) {
  const zoom = useMemo<[Date, Date] | null>(() => (state.zoom ? [utcDate(state.zoom[0]), utcDate(state.zoom[1])] : null), [state.zoom?.[0], state.zoom?.[1]]);
  const input = useMemo<ChartInput>(
    () => ({ data: { periods: toConcentrationPeriods(share), label, citation: citationOf(share.source) }, domain, zoom }),
    [share, label, domain?.[0].getTime(), domain?.[1].getTime(), zoom],
  );
  const render = useCallback((container: HTMLElement, chart: ChartInput, size: { width: number; height: number }) => renderConcentrationChart(container, chart.data, { ...size, domain: chart.domain, zoom: chart.zoom }), []);
  return (
    <ChartCard
      title="Concentration per period (HHI, CR1, CR3)"
      name="concentration-card"
      exports={{ fileName: `marketlens-concentration-${fileSlug(label)}`, title: `Concentration, ${label}`, caption, csv: () => concentrationCsv(share, zoom) }}
      footer={<p class="hint">Computed among the products the source compared in each period (hidden legend items still count). Hollow markers: a period that leaves products out.</p>}
    >
      <ChartFrame data={input} render={render} height={250} label={`Concentration chart: ${label}`} />
    </ChartCard>
  );
}
