import { toCsv } from '../../export/csv';
import type { MarketShareQuery } from '../../gql/graphql';
import { utcDate } from '../../market-share/explorer-state';
import { citationOf } from '../../format/citation';
import { missingNames } from './share-chart-data';

type MarketShare = MarketShareQuery['marketShare'];

export interface ShownPart {
  /** Product ids switched off in the legend. */
  readonly hidden: readonly string[];
  /** The zoomed span of the time axis, or null for all of it. */
  readonly zoom: readonly [Date, Date] | null;
}

const inZoom = (start: string, zoom: ShownPart['zoom']): boolean => !zoom || (utcDate(start) >= zoom[0] && utcDate(start) <= zoom[1]);

/** The periods the chart shows: the API's, cut to the zoom. */
export function shownPeriods(share: MarketShare, zoom: ShownPart['zoom']): MarketShare['periods'] {
  return share.periods.filter((period) => inZoom(period.start, zoom));
}

/** One row per point the share chart shows (shown products, zoomed periods), with its citation. */
export function shareCsv(share: MarketShare, shown: ShownPart): string {
  const vendors = new Map(share.products.map((product) => [product.id, product.vendor?.name ?? '']));
  const rows = shownPeriods(share, shown.zoom).flatMap((period) =>
    period.entries
      .filter((entry) => !shown.hidden.includes(entry.product.id))
      .map((entry) => [
        period.label,
        period.start,
        period.granularity,
        entry.product.name,
        vendors.get(entry.product.id) ?? '',
        share.metric,
        share.segment,
        share.geography,
        entry.value,
        share.unit,
        entry.originalValue,
        entry.originalUnit,
        entry.share,
        period.entries.length,
        missingNames(share, period).join('; '),
        entry.note ?? '',
        citationOf(share.source),
        share.source.url ?? '',
      ]),
  );
  return toCsv(
    ['period', 'period_start', 'granularity', 'product', 'vendor', 'metric', 'segment', 'geography', 'value', 'unit', 'stated_value', 'stated_unit', 'share', 'products_compared', 'not_reported_this_period', 'note', 'source', 'source_url'],
    rows,
  );
}

/** One row per period the concentration chart shows. */
export function concentrationCsv(share: MarketShare, zoom: ShownPart['zoom']): string {
  const rows = shownPeriods(share, zoom).map((period) => [
    period.label,
    period.start,
    period.granularity,
    period.hhi,
    period.cr1,
    period.cr3,
    period.entries.length,
    missingNames(share, period).join('; '),
    citationOf(share.source),
    share.source.url ?? '',
  ]);
  return toCsv(['period', 'period_start', 'granularity', 'hhi', 'cr1', 'cr3', 'products_compared', 'not_reported_this_period', 'source', 'source_url'], rows);
}
