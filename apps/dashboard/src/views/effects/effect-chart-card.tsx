import { renderEffectChart, type EffectChartData } from '@marketlens/charts';
import { useCallback, useMemo } from 'preact/hooks';
import { ChartCard } from '../../components/chart-card';
import { ChartFrame } from '../../components/chart-frame';
import { fileSlug } from '../../export/download';
import { formatAmount } from '../../format/quantities';
import { effectPointsCsv, toEffectChartData, type BundlingEffect } from './effect-data';
import { METHODS, type EffectEvent, type MethodName } from './effect-state';

interface EffectChartCardProps {
  readonly effect: BundlingEffect;
  readonly event: EffectEvent;
  readonly method: MethodName;
}

/** Actual against counterfactual with the 95% band and the event's rule, with its downloads. */
export function EffectChartCard({ effect, event, method }: EffectChartCardProps) {
  const data = useMemo(() => toEffectChartData(effect, event), [effect, event]);
  const unit = effect.series.unit;
  const render = useCallback(
    (container: HTMLElement, chart: EffectChartData, size: { width: number; height: number }) => renderEffectChart(container, chart, { ...size, formatValue: (value) => formatAmount(value, unit) }),
    [unit],
  );
  const sources = [...new Set(effect.series.points.map((point) => `${point.source.publisher ?? ''} ${point.source.title}`.trim()))];
  return (
    <ChartCard
      title={`${METHODS[method].label}: actual against counterfactual`}
      name="effect-card"
      exports={{
        fileName: `marketlens-effect-${fileSlug(data.label)}`,
        title: `the effect chart, ${data.label}`,
        caption: [`${METHODS[method].label}: ${data.label}`, ...sources.map((source) => `Source: ${source}`), `Event source: ${event.source.title}`],
        csv: () => effectPointsCsv(effect, event, method),
      }}
      footer={<p class="hint">Hollow points are before the event, filled ones after. The shaded band is the counterfactual’s 95% interval where the method gives one.</p>}
    >
      <ChartFrame data={data} render={render} height={380} label={`Effect chart: ${data.label}`} />
    </ChartCard>
  );
}
