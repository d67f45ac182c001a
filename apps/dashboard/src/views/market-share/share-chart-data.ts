import type { ChartEvent, ConcentrationPeriod, IncompletePeriod, ShareChartData } from '@marketlens/charts';
import { formatQuantity } from '@marketlens/domain';
import { citationOf } from '../../format/citation';
import { metricLabel, unitLabel } from '../../format/labels';
import type { MarketShareQuery, TimelineEventsQuery } from '../../gql/graphql';
import { utcDate } from '../../market-share/explorer-state';

type MarketShare = MarketShareQuery['marketShare'];
type Period = MarketShare['periods'][number];
export type TimelineEvent = TimelineEventsQuery['events'][number];

export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export { citationOf } from '../../format/citation';

/**
 * A product's colour. By its catalog id when the view's ids fall on distinct colours, so AIM looks the same
 * in two sources side by side; otherwise by its place in the view. Hiding others never changes it.
 */
export function productColor(share: Pick<MarketShare, 'products'>, productId: string): string {
  const slots = share.products.map((product) => Number(product.id) % PALETTE.length);
  const byId = new Set(slots).size === slots.length;
  const index = share.products.findIndex((product) => product.id === productId);
  return PALETTE[(byId ? slots[index] : Math.max(0, index) % PALETTE.length) ?? 0]!;
}

/** Names of the products a period lacks. */
export function missingNames(share: Pick<MarketShare, 'products'>, period: Pick<Period, 'missingProductIds'>): string[] {
  const names = new Map(share.products.map((product) => [product.id, product.name]));
  return period.missingProductIds.map((id) => names.get(id) ?? `product ${id}`);
}

/** The API's market share as the chart's series, one per product, with what the tooltip says. */
export function toShareChartData(share: MarketShare, label: string, events: readonly TimelineEvent[] = []): ShareChartData {
  const series = share.products.map((product) => ({
    key: product.id,
    label: product.name,
    color: productColor(share, product.id),
    points: share.periods.flatMap((period) =>
      period.entries
        .filter((entry) => entry.product.id === product.id)
        .map((entry) => ({
          date: utcDate(period.start),
          period: period.label,
          granularity: period.granularity,
          share: entry.share,
          amount: entry.value,
          value: formatQuantity(entry.originalValue, entry.originalUnit),
          details: [
            ...(entry.note ? [`Note: ${entry.note}`] : []),
            ...(period.missingProductIds.length > 0 ? [`Share among ${period.entries.length} products; not reported this period: ${missingNames(share, period).join(', ')}`] : []),
          ],
        })),
    ),
  }));
  const incomplete: IncompletePeriod[] = share.periods
    .filter((period) => period.missingProductIds.length > 0)
    .map((period) => ({ date: utcDate(period.start), period: period.label, granularity: period.granularity, missing: missingNames(share, period), compared: period.entries.length }));
  return {
    series,
    periods: share.periods.map((period) => period.label),
    citation: citationOf(share.source),
    label,
    amountLabel: `${metricLabel(share.metric)} (${unitLabel(share.unit)})`,
    events: events.map((event, index) => ({ ...toChartEvent(event), tag: String(index + 1) })),
    incomplete,
  };
}

/** HHI, CR1 and CR3 per period, as the concentration chart draws them. */
export function toConcentrationPeriods(share: MarketShare): ConcentrationPeriod[] {
  return share.periods.map((period) => ({
    date: utcDate(period.start),
    period: period.label,
    granularity: period.granularity,
    hhi: period.hhi,
    cr1: period.cr1,
    cr3: period.cr3,
    compared: period.entries.length,
    missing: missingNames(share, period),
  }));
}

/** An event as a rule on the time axis: its title, and date, description and source in the tooltip. */
export function toChartEvent(event: TimelineEvent): ChartEvent {
  return {
    key: event.id,
    date: utcDate(event.start),
    title: event.title,
    lines: [`${event.date} · ${event.kind.replaceAll('_', ' ')}`, ...(event.description ? [event.description] : []), ...(event.note ? [`Note: ${event.note}`] : []), `Source: ${citationOf(event.source)}`],
  };
}
