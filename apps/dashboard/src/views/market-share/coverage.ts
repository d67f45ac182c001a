import type { MarketShareQuery } from '../../gql/graphql';
import { missingNames } from './share-chart-data';
import { sourceName } from './view-label';

type MarketShare = MarketShareQuery['marketShare'];

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the view covers, in sentences: products, periods (and their granularity), source, and gaps. */
export function coverageSentences(share: MarketShare, shownPeriodCount: number, hiddenNames: readonly string[]): string[] {
  const periods = share.periods;
  if (periods.length === 0) return ['This source reported nothing for these choices and this period range.'];
  const granularities = [...new Set(periods.map((period) => period.granularity))];
  const sentences = [
    `${count(share.products.length, 'product')} (${share.products.map((product) => product.name).join(', ')}); ${count(periods.length, 'period')} from ${periods[0]!.label} to ${periods[periods.length - 1]!.label}, reported by ${granularities.join(' and ')}; 1 source: ${sourceName(share.source)}.`,
  ];
  if (shownPeriodCount < periods.length) sentences.push(`Zoomed: ${count(shownPeriodCount, 'period')} of ${periods.length} shown.`);
  const gaps = periods.filter((period) => period.missingProductIds.length > 0);
  sentences.push(
    gaps.length === 0
      ? 'Every period reports every product.'
      : `Shares among fewer products in ${gaps.map((period) => `${period.label} (not reported: ${missingNames(share, period).join(', ')})`).join('; ')}.`,
  );
  if (hiddenNames.length > 0) sentences.push(`Hidden in the chart (still counted in every share): ${hiddenNames.join(', ')}.`);
  return sentences;
}
