import { renderShareChart } from '@marketlens/charts';
import { useMemo, useState } from 'preact/hooks';
import { ChartFrame } from '../../components/chart-frame';
import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { MarketShareQuery, MarketShareViewsQuery } from './operations';
import { citationOf, toShareChartData } from './share-chart-data';
import { viewKey, viewLabel, type ShareView } from './view-label';

/** Market share over time for one source's panel: pick a view, read the chart, hover for the source. */
export function MarketShareView() {
  const views = useQuery(MarketShareViewsQuery, {});
  const [chosen, setChosen] = useState<string | null>(null);
  if (views.status === 'loading') return <Loading what="the available views" />;
  if (views.status === 'error') return <ErrorMessage error={views.error} />;
  const all = views.data.marketShareViews;
  if (all.length === 0) return <p class="status">No dataset holds two products measured by the same source yet. Load datasets to see shares.</p>;
  const view = all.find((candidate) => viewKey(candidate) === chosen) ?? all[0]!;
  return (
    <section class="panel" aria-labelledby="market-share-title">
      <div class="panel-header">
        <h2 id="market-share-title">Market share</h2>
        <label class="field">
          <span>View</span>
          <select value={viewKey(view)} onChange={(event) => setChosen((event.target as HTMLSelectElement).value)}>
            {all.map((candidate) => (
              <option key={viewKey(candidate)} value={viewKey(candidate)}>
                {viewLabel(candidate)} ({candidate.productCount} products, {candidate.periodCount} periods)
              </option>
            ))}
          </select>
        </label>
      </div>
      <ShareChartPanel view={view} />
    </section>
  );
}

function ShareChartPanel({ view }: { view: ShareView }) {
  const share = useQuery(MarketShareQuery, { metric: view.metric, segment: view.segment, geography: view.geography, sourceId: view.source.id });
  const label = viewLabel(view);
  const data = useMemo(() => (share.status === 'done' ? toShareChartData(share.data.marketShare, label) : null), [share, label]);
  if (share.status === 'loading') return <Loading what="market share" />;
  if (share.status === 'error') return <ErrorMessage error={share.error} />;
  const { periods, source } = share.data.marketShare;
  return (
    <>
      <p class="chart-caption">
        {label}. Shares of the total of the products this source compared, per period; the panels of other sources are never mixed in.
      </p>
      <ChartFrame data={data!} render={renderShareChart} height={420} label={`Market share chart: ${label}`} />
      <p class="coverage">
        {periods.length} period{periods.length === 1 ? '' : 's'} ({periods[0]?.label} to {periods[periods.length - 1]?.label}) · Source:{' '}
        {source.url ? (
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {citationOf(source)}
          </a>
        ) : (
          citationOf(source)
        )}
      </p>
    </>
  );
}
