import { useMemo } from 'preact/hooks';
import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { useSearchParams } from '../../router/search-params';
import { DisplayControls } from './display-controls';
import { explorerChanges, periodBounds, readExplorerState, requestedSpan, utcDate, type ExplorerState } from '../../market-share/explorer-state';
import './explorer.css';
import { MarketShareViewsQuery, TimelineEventsQuery } from '../../market-share/operations';
import { PeriodControls } from './period-controls';
import { SharePanel } from './share-panel';
import { ViewPickers } from './view-pickers';
import { selectView } from './view-selection';
import type { ShareView } from './view-label';

const DAY = 86_400_000;

/** Both sources' reported span, padded by a month and a half, so two panels side by side share one axis. */
function sharedSpan(views: readonly ShareView[]): [Date, Date] {
  const starts = views.map((view) => utcDate(view.firstPeriod).getTime());
  const ends = views.map((view) => utcDate(view.lastPeriod).getTime());
  return [new Date(Math.min(...starts) - 45 * DAY), new Date(Math.max(...ends) + 45 * DAY)];
}

/**
 * The market-share explorer: pick metric, segment, geography and source (and a second source to compare
 * side by side), a period range and granularity; read shares or values over time, concentration beneath,
 * events on the time axis, and the view's coverage. Every choice lives in the URL.
 */
export function MarketShareView() {
  const [params, update] = useSearchParams();
  const state = readExplorerState(params);
  const views = useQuery(MarketShareViewsQuery, {});
  const events = useQuery(TimelineEventsQuery, periodBounds(state.from, state.to));
  const onChange = (changes: Partial<ExplorerState>) => update(explorerChanges(changes));
  const shownEvents = useMemo(() => (state.events && events.status === 'done' ? events.data.events : []), [state.events, events]);
  if (views.status === 'loading') return <Loading what="the available views" />;
  if (views.status === 'error') return <ErrorMessage error={views.error} />;
  const all = views.data.marketShareViews;
  if (all.length === 0) return <p class="status">No dataset holds two products measured by the same source yet. Load datasets to see shares.</p>;
  const selection = selectView(all, state);
  const panels = selection.compare ? [selection.view, selection.compare] : [selection.view];
  const domain = requestedSpan(state.from, state.to) ?? (selection.compare ? sharedSpan(panels) : null);
  return (
    <section class="panel explorer" aria-labelledby="market-share-title">
      <div class="panel-header">
        <h2 id="market-share-title">Market share</h2>
        <p class="hint">Every choice is in this page’s address: copy it to share exactly this chart.</p>
      </div>
      <ViewPickers selection={selection} onChange={onChange} />
      <PeriodControls state={state} onChange={onChange} />
      <DisplayControls state={state} onChange={onChange} />
      {events.status === 'error' && <ErrorMessage error={events.error} />}
      <div class={panels.length > 1 ? 'share-panels share-panels-compare' : 'share-panels'}>
        {panels.map((view) => (
          <SharePanel key={view.source.id} view={view} state={state} events={shownEvents} domain={domain} comparing={panels.length > 1} onChange={onChange} />
        ))}
      </div>
    </section>
  );
}
