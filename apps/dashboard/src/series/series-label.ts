import { metricLabel, segmentLabel } from '../format/labels';

/** "MSN Messenger — unique users at home, US — Jupiter Media Metrix" */
export function seriesLabel(series: { readonly product: string; readonly metric: string; readonly segment: string; readonly geography: string; readonly panel: string }): string {
  const segment = series.segment === 'all' ? '' : ` ${segmentLabel(series.segment)}`;
  return `${series.product} — ${metricLabel(series.metric).toLowerCase()}${segment}, ${series.geography} — ${series.panel}`;
}
