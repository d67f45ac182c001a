import { renderScenarioChart, type ScenarioChartData } from '@marketlens/charts';
import { useCallback, useMemo } from 'preact/hooks';
import { ChartCard } from '../../components/chart-card';
import { ChartFrame } from '../../components/chart-frame';
import { fileSlug } from '../../export/download';
import { metricLabel, unitLabel } from '../../format/labels';
import { formatAmount } from '../../format/quantities';
import { ceilingNote, effectReach, scenarioCsv, toScenarioChartData, type AppliedEffect, type Scenario } from './scenario-data';

interface ScenarioChartCardProps {
  readonly scenario: Scenario;
  readonly label: string;
  readonly metric: string;
  readonly unit: string;
  readonly effect: AppliedEffect | null;
}

/** The scenario's curve, with and without the effect, and its downloads. */
export function ScenarioChartCard({ scenario, label, metric, unit, effect }: ScenarioChartCardProps) {
  const title = `Bass scenario: ${label}`;
  const data = useMemo(() => toScenarioChartData(scenario, title, `${metricLabel(metric)} (${unitLabel(unit)})`, unit, effect), [scenario, title, metric, unit, effect?.from, effect?.levelChange]);
  const render = useCallback((container: HTMLElement, chart: ScenarioChartData, size: { width: number; height: number }) => renderScenarioChart(container, chart, { ...size, formatValue: (value) => formatAmount(value, unit) }), [unit]);
  const { m, p, q } = scenario.used;
  const notes = [effect ? effectReach(scenario, effect) : null, ceilingNote(scenario, unit)].filter((note): note is string => note !== null);
  return (
    <ChartCard
      title={effect ? 'Bass curve with and without the bundling effect' : 'Bass curve'}
      name="scenario-card"
      exports={{
        fileName: `marketlens-scenario-${fileSlug(label)}`,
        title: `the scenario chart, ${label}`,
        caption: [title, `m = ${formatAmount(m, unit)}, p = ${p.toFixed(4)}, q = ${q.toFixed(3)}`, ...(effect ? [`Level change of ${formatAmount(effect.levelChange, unit)} from ${effect.from}`] : []), 'A scenario set by hand, not a forecast.'],
        csv: () => scenarioCsv(scenario, label, effect),
      }}
      footer={<p class="hint">{['A scenario set by hand, not a forecast: the points are the measurements, the lines the Bass curve for the parameters above.', ...notes].join(' ')}</p>}
    >
      <ChartFrame data={data} render={render} height={340} label={`Scenario chart: ${label}`} />
    </ChartCard>
  );
}
