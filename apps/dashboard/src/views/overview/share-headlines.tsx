import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { MarketShareQuery, MarketShareViewsQuery } from '../../market-share/operations';
import { ConcentrationTrendCard } from './concentration-trend-card';
import { LeaderCard } from './leader-card';

/** The leader and concentration cards, both from the richest market-share view (the API lists it first). */
export function ShareHeadlines() {
  const views = useQuery(MarketShareViewsQuery, {});
  const view = views.status === 'done' ? views.data.marketShareViews[0] : undefined;
  const share = useQuery(MarketShareQuery, view ? { metric: view.metric, segment: view.segment, geography: view.geography, sourceId: view.source.id } : null);
  if (views.status === 'error') return <ErrorMessage error={views.error} />;
  if (views.status === 'done' && !view) return <p class="status">No market-share view is loaded yet.</p>;
  if (share.status === 'error') return <ErrorMessage error={share.error} />;
  if (!view || share.status !== 'done') return <Loading what="market shares" />;
  return (
    <>
      <LeaderCard view={view} share={share.data.marketShare} />
      <ConcentrationTrendCard view={view} share={share.data.marketShare} />
    </>
  );
}
