import type { ChartEvent, ScenarioChartData } from '@marketlens/charts';
import { toCsv } from '../../export/csv';
import { formatAmount } from '../../format/quantities';
import type { BassScenarioQuery } from '../../gql/graphql';
import { utcDate } from '../../forecasting/forecast-data';

export type Scenario = BassScenarioQuery['bassScenario'];
export type BassParameters = Scenario['used'];
export type ParameterName = keyof Pick<BassParameters, 'm' | 'p' | 'q'>;

export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Each slider runs from a fifth to three times its starting value, in steps of 1% of it (the start is on the grid). */
export function sliderRange(start: number): SliderRange {
  return { min: start * 0.2, max: start * 3, step: start / 100 };
}

export const PARAMETERS: ReadonlyArray<{ readonly name: ParameterName; readonly label: string; readonly explanation: string }> = [
  { name: 'm', label: 'Market potential m', explanation: 'how many will adopt in the end' },
  { name: 'p', label: 'Innovation p', explanation: 'adoption from outside influence, per period' },
  { name: 'q', label: 'Imitation q', explanation: 'adoption from word of mouth, per period' },
];

/** How a parameter reads: m in the series' unit, p and q as rates. */
export function formatParameter(name: ParameterName, value: number, unit: string): string {
  return name === 'm' ? formatAmount(value, unit) : value.toFixed(value < 0.1 ? 4 : 3);
}

export interface AppliedEffect {
  readonly from: string;
  readonly levelChange: number;
}

/** The scenario as the chart draws it, with the effect's start as a rule. */
export function toScenarioChartData(scenario: Scenario, label: string, valueLabel: string, unit: string, effect: AppliedEffect | null): ScenarioChartData {
  const applied = effect !== null && scenario.points.some((point) => point.withEffect !== null && point.withEffect !== undefined);
  const rule: ChartEvent | null = applied ? { key: 'effect', date: utcDate(effect!.from), title: `Effect from ${effect!.from}`, lines: [`Level change of ${formatAmount(effect!.levelChange, unit)} from ${effect!.from} on`] } : null;
  return {
    points: scenario.points.map((point) => ({ date: utcDate(point.start), period: point.period, actual: point.actual ?? null, baseline: point.baseline, withEffect: applied ? (point.withEffect ?? null) : null })),
    effect: rule,
    label,
    valueLabel,
  };
}

/** Where the effect falls against the periods drawn, when it changes nothing or everything. */
export function effectReach(scenario: Scenario, effect: AppliedEffect): string | null {
  const starts = scenario.points.map((point) => point.start);
  if (starts.length === 0) return null;
  if (effect.from >= starts[starts.length - 1]!) return `The effect starts on ${effect.from}, after the last period drawn: both curves are the same.`;
  if (effect.from < starts[0]!) return `The effect starts on ${effect.from}, before the first period drawn: it shifts the whole curve.`;
  return null;
}

/** A percentage cannot pass 100%: say so when the curve does (the API's starting m is twice the largest value). */
export function ceilingNote(scenario: Scenario, unit: string): string | null {
  if (unit !== 'percent') return null;
  const top = Math.max(...scenario.points.flatMap((point) => [point.baseline, point.withEffect ?? Number.NEGATIVE_INFINITY]));
  return top > 100 ? `The curve reaches ${formatAmount(top, unit)}, which a percentage cannot: lower the market potential m to keep it under 100%.` : null;
}

export function scenarioCsv(scenario: Scenario, label: string, effect: AppliedEffect | null): string {
  const { m, p, q } = scenario.used;
  const rows = scenario.points.map((point) => [point.period, point.start, point.actual, point.baseline, effect ? point.withEffect : null, m, p, q, effect?.from ?? '', effect?.levelChange ?? null, label]);
  return toCsv(['period', 'period_start', 'measured', 'bass_curve', 'with_effect', 'm', 'p', 'q', 'effect_from', 'level_change', 'series'], rows);
}
