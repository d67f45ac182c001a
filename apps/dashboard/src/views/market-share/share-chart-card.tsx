import { renderShareChart, type ShareChartData, type ShareChartOptions } from '@marketlens/charts';
import { useCallback, useMemo, useRef } from 'preact/hooks';
import { ChartCard } from '../../components/chart-card';
import { ChartFrame } from '../../components/chart-frame';
import { fileSlug } from '../../export/download';
import type { MarketShareQuery } from '../../gql/graphql';
import { isoDay, utcDate, type ExplorerState } from '../../market-share/explorer-state';
import { shareCsv } from './share-csv';

interface ShareChartCardProps {
  readonly share: MarketShareQuery['marketShare'];
  readonly data: ShareChartData;
  readonly state: ExplorerState;
  readonly domain: [Date, Date] | null;
  /** Two sources side by side: shares on one 0–100% scale. */
  readonly comparing: boolean;
  readonly caption: readonly string[];
  readonly onChange: (changes: Partial<ExplorerState>) => void;
}

type ChartInput = { data: ShareChartData; options: Omit<ShareChartOptions, 'width' | 'height'> };

/** The share chart with its legend toggles and brush wired to the URL, and its downloads. */
export function ShareChartCard({ share, data, state, domain, comparing, caption, onChange }: ShareChartCardProps) {
  const change = useRef(onChange);
  change.current = onChange;
  const hiddenRef = useRef(state.hidden);
  hiddenRef.current = state.hidden;
  const zoom = useMemo<[Date, Date] | null>(() => (state.zoom ? [utcDate(state.zoom[0]), utcDate(state.zoom[1])] : null), [state.zoom?.[0], state.zoom?.[1]]);
  const hiddenKey = state.hidden.join(',');
  const input = useMemo<ChartInput>(
    () => ({
      data,
      options: {
        layout: state.layout,
        measure: state.measure,
        hidden: state.hidden,
        domain,
        zoom,
        fullShareAxis: comparing,
        onZoom: (span) => change.current({ zoom: span ? [isoDay(span[0]), isoDay(span[1])] : null }),
        onToggleSeries: (key) => {
          const hidden = hiddenRef.current;
          change.current({ hidden: hidden.includes(key) ? hidden.filter((id) => id !== key) : [...hidden, key] });
        },
      },
    }),
    [data, state.layout, state.measure, hiddenKey, domain?.[0].getTime(), domain?.[1].getTime(), zoom, comparing],
  );
  const render = useCallback((container: HTMLElement, chart: ChartInput, size: { width: number; height: number }) => renderShareChart(container, chart.data, { ...size, ...chart.options }), []);
  const title = state.measure === 'share' ? 'Shares over time' : 'Values over time';
  return (
    <ChartCard
      title={title}
      name="share-card"
      exports={{ fileName: `marketlens-${state.measure === 'share' ? 'shares' : 'values'}-${fileSlug(data.label)}`, title: `${title}, ${data.label}`, caption, csv: () => shareCsv(share, { hidden: state.hidden, zoom }) }}
    >
      <ChartFrame data={input} render={render} height={470} label={`Market share chart: ${data.label}`} />
    </ChartCard>
  );
}
