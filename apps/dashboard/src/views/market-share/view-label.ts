import { metricLabel, segmentLabel } from '../../format/labels';
import type { MarketShareViewsQuery } from '../../gql/graphql';

export type ShareView = MarketShareViewsQuery['marketShareViews'][number];

type Labelled = Pick<ShareView, 'metric' | 'segment' | 'geography' | 'source'>;

/** The source as the pickers name it: publisher and date, or its title. */
export function sourceName(source: ShareView['source']): string {
  return [source.publisher ?? source.title, source.published].filter(Boolean).join(', ');
}

/** "Unique users at home, US — Jupiter Media Metrix, 2001-11-14" */
export function viewLabel(view: Labelled): string {
  const segment = view.segment === 'all' ? '' : segmentLabel(view.segment);
  return `${[metricLabel(view.metric), segment].filter(Boolean).join(' ')}, ${view.geography} — ${sourceName(view.source)}`;
}

export function viewKey(view: Labelled): string {
  return [view.metric, view.segment, view.geography, view.source.id].join('|');
}
