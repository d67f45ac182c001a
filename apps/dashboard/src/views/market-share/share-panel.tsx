import { paddedTimeDomain } from '@marketlens/charts';
import { useMemo } from 'preact/hooks';
import { SourceCitation } from '../../components/source-citation';
import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { ConcentrationCard } from './concentration-card';
import { coverageSentences } from './coverage';
import { EventsList } from './events-list';
import { periodBounds, utcDate, type ExplorerState } from '../../market-share/explorer-state';
import { MarketShareQuery } from '../../market-share/operations';
import { citationOf } from '../../format/citation';
import { toShareChartData, type TimelineEvent } from './share-chart-data';
import { ShareChartCard } from './share-chart-card';
import { shownPeriods } from './share-csv';
import { viewLabel, type ShareView } from './view-label';

interface SharePanelProps {
  readonly view: ShareView;
  readonly state: ExplorerState;
  readonly events: readonly TimelineEvent[];
  /** The time span both panels draw (the requested range, or both sources' span when comparing). */
  readonly domain: [Date, Date] | null;
  readonly comparing: boolean;
  readonly onChange: (changes: Partial<ExplorerState>) => void;
}

/** One source's shares, concentration and coverage: everything in it comes from that source alone. */
export function SharePanel({ view, state, events, domain, comparing, onChange }: SharePanelProps) {
  const bounds = periodBounds(state.from, state.to);
  const share = useQuery(MarketShareQuery, { metric: view.metric, segment: view.segment, geography: view.geography, sourceId: view.source.id, ...bounds, granularity: state.granularity });
  const label = viewLabel(view);
  const result = share.status === 'done' ? share.data.marketShare : null;
  const span = domain ?? (result ? paddedTimeDomain(result.periods.map((period) => ({ date: utcDate(period.start), period: period.label, granularity: period.granularity }))) : null);
  // The events on this chart's time axis, in date order: numbered alike on the axis and in the list under it.
  const eventsOnAxis = useMemo(
    () => (span ? [...events].filter((event) => utcDate(event.start) >= span[0] && utcDate(event.start) <= span[1]).sort((a, b) => a.start.localeCompare(b.start)) : []),
    [events, span?.[0].getTime(), span?.[1].getTime()],
  );
  const data = useMemo(() => (result ? toShareChartData(result, label, eventsOnAxis) : null), [result, label, eventsOnAxis]);
  if (share.status === 'loading') return <Loading what={`market share (${label})`} />;
  if (share.status === 'error' || !result) return <ErrorMessage error={share.status === 'error' ? share.error : 'No market share'} />;
  const zoom = state.zoom ? ([utcDate(state.zoom[0]), utcDate(state.zoom[1])] as const) : null;
  const hiddenNames = result.products.filter((product) => state.hidden.includes(product.id)).map((product) => product.name);
  const coverage = coverageSentences(result, shownPeriods(result, zoom).length, hiddenNames);
  const citation = citationOf(result.source);
  const withUrl = result.source.url && !citation.includes(result.source.url) ? `${citation} ${result.source.url}` : citation;
  const caption = [label, `Source: ${withUrl}`, ...coverage];
  return (
    <div class="share-panel" data-source-id={view.source.id}>
      <p class="chart-caption">
        {label}. Shares of the total of the products this source compared, per period; the panels of other sources are never mixed in.
      </p>
      {result.periods.length === 0 ? (
        <p class="status" role="status">
          {coverage[0]} Widen the period range or choose “As reported”.
        </p>
      ) : (
        <>
          <ShareChartCard share={result} data={data!} state={state} domain={domain} comparing={comparing} caption={caption} onChange={onChange} />
          <ConcentrationCard share={result} label={label} state={state} domain={domain} caption={caption} />
        </>
      )}
      <section class="coverage" aria-label={`Coverage of ${label}`}>
        <h3>Coverage</h3>
        {coverage.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p>
          <SourceCitation source={result.source} />
        </p>
      </section>
      <EventsList events={eventsOnAxis} />
    </div>
  );
}
