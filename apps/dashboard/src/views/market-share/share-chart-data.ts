import type { ShareChartData } from '@marketlens/charts';
import { formatQuantity } from '@marketlens/domain';
import type { MarketShareQuery } from '../../gql/graphql';

type MarketShare = MarketShareQuery['marketShare'];

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** A full citation line: publisher, date and title. */
export function citationOf(source: MarketShare['source']): string {
  const who = [source.publisher, source.published].filter(Boolean).join(', ');
  return who ? `${who} — ${source.title}` : source.title;
}

/** The API's market share as the chart's series, one per product, with what the tooltip says. */
export function toShareChartData(share: MarketShare, label: string): ShareChartData {
  const names = new Map(share.products.map((product) => [product.id, product.name]));
  const series = share.products.map((product, index) => ({
    key: product.id,
    label: product.name,
    color: PALETTE[index % PALETTE.length]!,
    points: share.periods.flatMap((period) =>
      period.entries
        .filter((entry) => entry.product.id === product.id)
        .map((entry) => ({
          date: new Date(`${period.start}T00:00:00Z`),
          period: period.label,
          share: entry.share,
          value: formatQuantity(entry.originalValue, entry.originalUnit),
          details: [
            ...(entry.note ? [`Note: ${entry.note}`] : []),
            ...(period.missingProductIds.length > 0
              ? [`Share among ${period.entries.length} products; not reported this period: ${period.missingProductIds.map((id) => names.get(id)).join(', ')}`]
              : []),
          ],
        })),
    ),
  }));
  return { series, periods: share.periods.map((period) => period.label), citation: citationOf(share.source), label };
}
