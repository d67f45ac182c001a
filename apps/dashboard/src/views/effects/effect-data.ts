import type { EffectChartData, EffectChartPoint } from '@marketlens/charts';
import { formatQuantity } from '@marketlens/domain';
import { toCsv } from '../../export/csv';
import { metricLabel, unitLabel } from '../../format/labels';
import { seriesLabel } from '../../series/series-label';
import type { BundlingEffectQuery } from '../../gql/graphql';
import { citationOf } from '../../format/citation';
import { METHODS, type EffectEvent, type MethodName } from './effect-state';

export type BundlingEffect = BundlingEffectQuery['bundlingEffect'];
type SeriesPoint = BundlingEffect['series']['points'][number];

const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The series' own points by period start: each estimate point gets its citation from here. */
function pointsByStart(effect: BundlingEffect): Map<string, SeriesPoint> {
  return new Map(effect.series.points.map((point) => [point.start, point]));
}

function citationLines(point: SeriesPoint | undefined): string[] {
  if (!point) return [];
  return [`Stated: ${formatQuantity(point.originalValue, point.originalUnit)}`, ...(point.note ? [`Note: ${point.note}`] : []), `Source: ${citationOf(point.source)}`];
}

export function toEffectChartData(effect: BundlingEffect, event: EffectEvent): EffectChartData {
  const sources = pointsByStart(effect);
  const points = effect.points.map(
    (point): EffectChartPoint => ({
      date: utc(point.start),
      period: point.period,
      ...(sources.get(point.start) ? { granularity: sources.get(point.start)!.granularity } : {}),
      actual: point.actual,
      counterfactual: point.counterfactual ?? null,
      lower: point.lower ?? null,
      upper: point.upper ?? null,
      afterEvent: point.afterEvent,
      details: citationLines(sources.get(point.start)),
    }),
  );
  return {
    points,
    event: { key: event.id, date: utc(event.start), title: event.title, lines: [event.date, ...(event.description ? [event.description] : []), `Source: ${citationOf(event.source)}`] },
    label: `${seriesLabel(effect.series)}, around “${event.title}”`,
    valueLabel: `${metricLabel(effect.series.metric)} (${unitLabel(effect.series.unit)})`,
  };
}

/** The chart's points as CSV, each with its citation. */
export function effectPointsCsv(effect: BundlingEffect, event: EffectEvent, method: MethodName): string {
  const sources = pointsByStart(effect);
  const rows = effect.points.map((point) => {
    const source = sources.get(point.start);
    return [point.period, point.start, point.afterEvent ? 'after' : 'before', point.actual, point.counterfactual, point.lower, point.upper, effect.series.unit, METHODS[method].label, event.title, event.date, seriesLabel(effect.series), source?.note ?? '', source ? citationOf(source.source) : '', source?.source.url ?? ''];
  });
  return toCsv(['period', 'period_start', 'relative_to_event', 'actual', 'counterfactual', 'lower_95', 'upper_95', 'unit', 'method', 'event', 'event_date', 'series', 'note', 'source', 'source_url'], rows);
}

export interface EstimateRow {
  readonly name: string;
  readonly estimate: BundlingEffect['levelChange'];
  readonly perYear?: boolean;
}

/** The estimates the method gives, in reading order. */
export function estimateRows(effect: BundlingEffect): EstimateRow[] {
  const rows: EstimateRow[] = [
    { name: 'Level change at the event', estimate: effect.levelChange },
    { name: 'Slope change', estimate: effect.slopeChange, perYear: true },
    { name: 'Average effect after the event', estimate: effect.effect },
    { name: 'Cumulative effect after the event', estimate: effect.cumulativeEffect },
  ];
  return rows.filter((row) => row.estimate);
}

export function estimatesCsv(effect: BundlingEffect, event: EffectEvent, method: MethodName): string {
  const rows = estimateRows(effect).map((row) => [row.name, row.estimate!.estimate, row.estimate!.lower, row.estimate!.upper, row.estimate!.standardError, row.perYear ? `${effect.series.unit} per year` : effect.series.unit]);
  const extra = [...effect.weights.map((weight) => [`Donor weight: ${weight.name}`, weight.weight, null, null, null, 'share']), ...(effect.pValue !== null && effect.pValue !== undefined ? [['Placebo p-value', effect.pValue, null, null, null, '']] : [])];
  const context = [METHODS[method].label, event.title, event.date, seriesLabel(effect.series)];
  return toCsv(['estimate', 'value', 'lower_95', 'upper_95', 'standard_error', 'unit', 'method', 'event', 'event_date', 'series'], [...rows, ...extra].map((row) => [...row, ...context]));
}
