import { select } from 'd3';
import { formatShare } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindGridFocus } from '../interactions/roving-focus.js';
import type { ChartEvent } from '../marks/event-rules.js';
import type { IncompletePeriod } from '../marks/missing-marks.js';
import type { PlacedPoint } from '../marks/placed-series.js';
import type { ChartShell } from '../shell/chart-shell.js';
import type { ShareChartData, ShareChartOptions, ShareChartPoint, ShareChartSettings } from './share-chart-options.js';
import type { ShareScales } from './share-scales.js';
import { bindShareTooltip } from './share-tooltip.js';

/** Tooltips on points, events and incomplete periods; arrow keys between points; legend toggles. */
export function bindShareInteractions(shell: ChartShell, data: ShareChartData, settings: ShareChartSettings, scales: ShareScales, options: ShareChartOptions, missingY: number): void {
  const svg = shell.svg.node()!;
  const { frame, tooltip } = shell;
  const labels = new Map(data.series.map((entry) => [entry.key, entry.label]));
  bindShareTooltip({
    svg,
    plot: shell.plot.node()!,
    tooltip,
    margin: frame.margin,
    x: scales.x,
    y: scales.y,
    layout: settings.layout,
    series: scales.placed,
    contentOf: (point: PlacedPoint<ShareChartPoint>) => ({
      title: `${labels.get(point.seriesKey) ?? point.seriesKey} — ${point.period}`,
      rows: [
        ['Value', point.point.value],
        ['Share', formatShare(point.point.share)],
      ],
      footnotes: [...point.point.details, `Source: ${data.citation}`],
    }),
  });
  // ←/→ along a product's points, ↑/↓ through the products of one period.
  bindGridFocus(svg, 'circle.point', {
    along: (point) => [...svg.querySelectorAll('circle.point')].filter((candidate) => candidate.getAttribute('data-key') === point.getAttribute('data-key')),
    across: (point) => [...(point.parentElement?.querySelectorAll('circle.point') ?? [])],
  });
  const at = (date: Date, dy: number) => [scales.x(date) + frame.margin.left, frame.margin.top + dy] as const;
  bindMarkTooltips<ChartEvent>(svg, '.event-marker', tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => at(event.date, -4));
  bindMarkTooltips<IncompletePeriod>(
    svg,
    '.missing-mark',
    tooltip,
    (period) => ({ title: `${period.period}: shares among ${period.compared} products`, rows: [], footnotes: [`Not reported this period: ${period.missing.join(', ')}`, `Source: ${data.citation}`] }),
    (period) => at(period.date, missingY),
  );
  if (shell.legend) bindLegendToggles(shell.legend.node()!, options.onToggleSeries);
}

function bindLegendToggles(legend: SVGGElement, onToggle: ((key: string) => void) | undefined): void {
  if (!onToggle) return;
  const toggle = (event: Event) => {
    const key = (event.currentTarget as Element).closest('.legend-item')?.getAttribute('data-key');
    if (key) onToggle(key);
  };
  select(legend)
    .selectAll('.legend-toggle')
    .on('click', toggle)
    .on('keydown', (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      toggle(event);
    });
}
