import { formatShare } from '@marketlens/charts';
import { SourceCitation } from '../../components/source-citation';
import { metricLabel } from '../../format/labels';
import { HeadlineCard } from './headline-card';
import { explorerHref, leaderOf, type MarketShare, type ShareView } from './overview-data';

/** The market leader and its share in the latest period of the richest market-share view. */
export function LeaderCard({ view, share }: { view: ShareView; share: MarketShare }) {
  const leader = leaderOf(share);
  const link = { href: explorerHref(view), label: 'Open the market-share explorer' };
  if (!leader) {
    return (
      <HeadlineCard name="leader-card" title="Market leader" figure="—" link={link}>
        <p>The richest view holds no period with shares.</p>
      </HeadlineCard>
    );
  }
  return (
    <HeadlineCard
      name="leader-card"
      title="Market leader"
      figure={
        <>
          {leader.name} <span class="headline-number">{formatShare(leader.share)}</span>
        </>
      }
      link={link}
    >
      <p>
        Share of {metricLabel(share.metric).toLowerCase()} ({share.geography}) among the {leader.compared} products {share.source.publisher ?? 'the source'} compared in {leader.period}: {leader.stated}.
      </p>
      <p class="hint">
        <SourceCitation source={share.source} maxLength={110} />
      </p>
    </HeadlineCard>
  );
}
