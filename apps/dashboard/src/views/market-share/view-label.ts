import type { MarketShareViewsQuery } from '../../gql/graphql';

export type ShareView = MarketShareViewsQuery['marketShareViews'][number];

const METRIC_LABELS: Record<string, string> = {
  unique_users: 'Unique users',
  active_users: 'Active users',
  registered_users: 'Registered users',
  subscribers: 'Subscribers',
  minutes: 'Minutes of use',
  revenue: 'Revenue',
};

const SEGMENT_LABELS: Record<string, string> = {
  home: 'at home',
  work: 'at work',
  home_and_work: 'at home and work',
  enterprise: 'in enterprises',
  consumer: 'consumers',
  all: '',
};

/** "Unique users at home, US — Jupiter Media Metrix (2001-11-14)" */
export function viewLabel(view: Pick<ShareView, 'metric' | 'segment' | 'geography' | 'source'>): string {
  const metric = METRIC_LABELS[view.metric] ?? view.metric.replaceAll('_', ' ');
  const segment = SEGMENT_LABELS[view.segment] ?? view.segment;
  const who = [view.source.publisher ?? view.source.title, view.source.published].filter(Boolean).join(', ');
  return `${[metric, segment].filter(Boolean).join(' ')}, ${view.geography} — ${who}`;
}

export function viewKey(view: Pick<ShareView, 'metric' | 'segment' | 'geography' | 'source'>): string {
  return [view.metric, view.segment, view.geography, view.source.id].join('|');
}
