import { COMPETITOR_KINDS, type ProductKind } from '@marketlens/domain';
import { csvParse, schemeTableau10 } from 'd3';
import type { ConcentrationPeriod } from '../marks/concentration-lines.js';
import type { ChartEvent } from '../marks/event-rules.js';
import type { IncompletePeriod } from '../marks/missing-marks.js';
import type { NetworkLink, NetworkNode } from '../network-chart/network-layout.js';
import type { PeriodGranularity } from '../periods.js';
import type { ShareChartData, ShareChartPoint } from '../share-chart/share-chart-options.js';

/**
 * Chart data built from the curated CSVs of `datasets/` (the specs read the files; this only parses
 * text, so the library stays free of Node imports). Shares are computed as the API does: among the
 * competitor products one source reported for a metric, segment and geography, per period. Which kinds
 * compete is the API's rule, `COMPETITOR_KINDS` of `libs/domain`: imported, never copied.
 */
const UNIT_FACTORS: Readonly<Record<string, number>> = { count: 1, thousand: 1e3, million: 1e6, billion: 1e9 };

export interface Observation {
  readonly period: string;
  readonly start: string;
  readonly granularity: PeriodGranularity;
  readonly product: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly amount: number;
  readonly segment: string;
  readonly geography: string;
  readonly source: string;
}

export function periodOf(label: string): { start: string; granularity: PeriodGranularity } {
  if (/^\d{4}$/.test(label)) return { start: `${label}-01-01`, granularity: 'year' };
  const quarter = /^(\d{4})-Q(\d)$/.exec(label);
  if (quarter) return { start: `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`, granularity: 'quarter' };
  if (/^\d{4}-\d{2}$/.test(label)) return { start: `${label}-01`, granularity: 'month' };
  return { start: label, granularity: 'day' };
}

export const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function readObservations(csv: string): Observation[] {
  return csvParse(csv).map((row) => {
    const value = Number(row['value']);
    return { period: row['period']!, ...periodOf(row['period']!), product: row['product']!, metric: row['metric']!, value, unit: row['unit']!, amount: value * (UNIT_FACTORS[row['unit']!] ?? 1), segment: row['segment']!, geography: row['geography']!, source: row['source']! };
  });
}

/** Product name → kind, from catalog/products.csv. */
export function readProductKinds(csv: string): Map<string, string> {
  return new Map(csvParse(csv).map((row) => [row['name']!, row['kind']!]));
}

/** A product of an unknown kind is "other" to the catalog, which competes. */
const competes = (kind: string | undefined): boolean => COMPETITOR_KINDS.includes((kind ?? 'other') as ProductKind);

export interface ShareFixture {
  readonly share: ShareChartData;
  readonly concentration: readonly ConcentrationPeriod[];
}

export function shareFixture(observations: readonly Observation[], kinds: ReadonlyMap<string, string>, view: Pick<Observation, 'metric' | 'segment' | 'geography' | 'source'>, events: readonly ChartEvent[] = []): ShareFixture {
  const rows = observations.filter((row) => row.metric === view.metric && row.segment === view.segment && row.geography === view.geography && row.source === view.source && competes(kinds.get(row.product)));
  const periods = [...new Map(rows.map((row) => [row.period, row])).values()].sort((a, b) => a.start.localeCompare(b.start));
  const totals = new Map(periods.map((period) => [period.period, rows.filter((row) => row.period === period.period).reduce((sum, row) => sum + row.amount, 0)]));
  const products = [...new Set(rows.map((row) => row.product))].sort((a, b) => shareSum(rows, totals, b) - shareSum(rows, totals, a));
  const series = products.map((product, index) => ({
    key: product,
    label: product,
    color: schemeTableau10[index % 10]!,
    points: periods.flatMap((period): ShareChartPoint[] => {
      const row = rows.find((candidate) => candidate.product === product && candidate.period === period.period);
      return row ? [{ date: utc(row.start), period: row.period, granularity: row.granularity, share: row.amount / totals.get(row.period)!, amount: row.amount, value: `${row.value} ${row.unit}`, details: [] }] : [];
    }),
  }));
  const missingIn = (period: string) => products.filter((product) => !rows.some((row) => row.product === product && row.period === period));
  const incomplete: IncompletePeriod[] = periods.filter((period) => missingIn(period.period).length > 0).map((period) => ({ date: utc(period.start), period: period.period, granularity: period.granularity, missing: missingIn(period.period), compared: products.length - missingIn(period.period).length }));
  const concentration = periods.map((period): ConcentrationPeriod => {
    const shares = rows.filter((row) => row.period === period.period).map((row) => row.amount / totals.get(row.period)!).sort((a, b) => b - a);
    return { date: utc(period.start), period: period.period, granularity: period.granularity, hhi: shares.reduce((sum, share) => sum + (share * 100) ** 2, 0), cr1: shares[0] ?? 0, cr3: shares.slice(0, 3).reduce((sum, share) => sum + share, 0), compared: shares.length, missing: missingIn(period.period) };
  });
  return { share: { series, periods: periods.map((period) => period.period), citation: view.source, label: `${view.metric}, ${view.segment}, ${view.geography} — ${view.source}`, amountLabel: view.metric, events, incomplete }, concentration };
}

function shareSum(rows: readonly Observation[], totals: ReadonlyMap<string, number>, product: string): number {
  return rows.filter((row) => row.product === product).reduce((sum, row) => sum + row.amount / totals.get(row.period)!, 0);
}

export function readEvents(csv: string): ChartEvent[] {
  return csvParse(csv).map((row, index) => ({ key: String(index + 1), date: utc(periodOf(row['date']!).start), title: row['title']!, lines: [row['date']!, row['description'] ?? '', `Source: ${row['source']}`] }));
}

/** Partnerships as the network chart draws them; a name the product catalog knows is a product node. */
export function readNetwork(partnershipsCsv: string, kinds: ReadonlyMap<string, string>): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const rows = csvParse(partnershipsCsv);
  const nodeOf = (name: string): NetworkNode => (kinds.has(name) ? { id: `product:${name}`, name, type: kinds.get(name)! } : { id: `vendor:${name}`, name, type: 'vendor' });
  const nodes = new Map<string, NetworkNode>();
  const links = rows.map((row, index): NetworkLink => {
    const from = nodeOf(row['from']!);
    const to = nodeOf(row['to']!);
    nodes.set(from.id, from);
    nodes.set(to.id, to);
    return { id: String(index + 1), from: from.id, to: to.id, kind: row['kind']!, date: row['date']!, description: row['description']! };
  });
  return { nodes: [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name)), links };
}
