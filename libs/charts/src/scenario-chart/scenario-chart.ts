import { scaleLinear, scaleUtc } from 'd3';
import { formatAmountTick } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindRovingFocus } from '../interactions/roving-focus.js';
import { axisYMark, granularityOf, timeAxisMark } from '../marks/axes.js';
import { eventRulesMark, type ChartEvent } from '../marks/event-rules.js';
import type { LegendItem } from '../marks/legend.js';
import { valueLineMark } from '../marks/value-line.js';
import { ChartOptionError, type RenderedChart } from '../options.js';
import { paddedTimeDomain, type PeriodPoint } from '../periods.js';
import { chartShell } from '../shell/chart-shell.js';

export interface ScenarioChartPoint extends PeriodPoint {
  /** What was measured, where there is a measurement. */
  readonly actual: number | null;
  /** The Bass curve with the scenario's m, p and q. */
  readonly baseline: number;
  /** The same curve with the bundling effect applied; null when no effect is applied. */
  readonly withEffect: number | null;
}

export interface ScenarioChartData {
  readonly points: readonly ScenarioChartPoint[];
  /** When the bundling effect starts (the Windows XP launch…), drawn as a rule. */
  readonly effect?: ChartEvent | null;
  readonly label: string;
  readonly valueLabel: string;
}

export interface ScenarioChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  readonly formatValue?: (value: number) => string;
}

const CURVE = '#2f5d8a';
const EFFECT = '#c2571a';
const MEASURED = 'currentColor';

function legendItems(data: ScenarioChartData): LegendItem[] {
  return [
    { key: 'baseline', label: 'Bass curve (m, p, q as set)', color: CURVE, dash: '' },
    ...(data.points.some((point) => point.withEffect !== null) ? [{ key: 'with-effect', label: 'With the bundling effect', color: EFFECT, dash: '7 4' }] : []),
    ...(data.points.some((point) => point.actual !== null) ? [{ key: 'actual', label: 'Measured', color: MEASURED }] : []),
  ];
}

function validate(data: ScenarioChartData): void {
  if (data.points.length === 0) throw new ChartOptionError('points must hold at least one period, not []');
  const bad = data.points.findIndex((point) => !Number.isFinite(point.baseline) || (point.withEffect !== null && !Number.isFinite(point.withEffect)));
  if (bad !== -1) throw new ChartOptionError(`points[${bad}] (${data.points[bad]!.period}) must have a finite baseline and effect, not ${JSON.stringify({ baseline: data.points[bad]!.baseline, withEffect: data.points[bad]!.withEffect })}`);
}

/** A Bass scenario: the curve for the chosen m, p and q, the same curve with a bundling effect, and the measurements. */
export function renderScenarioChart(container: HTMLElement, data: ScenarioChartData, options: ScenarioChartOptions): RenderedChart {
  validate(data);
  const format = options.formatValue ?? formatAmountTick;
  const items = legendItems(data);
  const shell = chartShell(container, {
    className: 'scenario-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: data.effect ? 64 : 32, right: 24, bottom: 30, left: 56 },
    title: data.label,
    description: `The Bass curve${items.some((item) => item.key === 'with-effect') ? ' with and without the bundling effect' : ''} over ${data.points.length} periods. Tab to a period, arrow keys to move.`,
    legend: { items },
  });
  const { frame, plot } = shell;
  const x = scaleUtc()
    .domain(paddedTimeDomain([...data.points, ...(data.effect ? [{ date: data.effect.date, period: 'effect' }] : [])]))
    .range([0, frame.innerWidth]);
  const values = data.points.flatMap((point) => [point.baseline, point.withEffect, point.actual]).filter((value): value is number => value !== null);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values) * 1.05 || 1])
    .nice()
    .range([frame.innerHeight, 0]);
  plot.append(() => axisYMark(y, frame, (value) => formatAmountTick(Number(value)), data.valueLabel, 14 - frame.margin.top));
  plot.append(() => timeAxisMark(x, frame, granularityOf(data.points)));
  plot.append(() => valueLineMark(data.points, x, y, { value: (point) => point.baseline, color: CURVE, className: 'baseline-curve' }));
  plot.append(() => valueLineMark(data.points, x, y, { value: (point) => point.withEffect, color: EFFECT, dash: '7 4', className: 'effect-curve' }));
  plot
    .append('g')
    .attr('class', 'measured-points')
    .selectAll('circle')
    .data(data.points.filter((point) => point.actual !== null))
    .join('circle')
    .attr('cx', (point) => x(point.date))
    .attr('cy', (point) => y(point.actual!))
    .attr('r', 4)
    .attr('fill', MEASURED);
  if (data.effect) plot.append(() => eventRulesMark([data.effect!], x, frame));
  const step = frame.innerWidth / Math.max(1, data.points.length);
  plot
    .append('g')
    .attr('class', 'scenario-periods')
    .selectAll('rect')
    .data(data.points)
    .join('rect')
    .attr('class', 'scenario-period')
    .attr('data-period', (point) => point.period)
    .attr('x', (point) => x(point.date) - Math.max(6, step / 2))
    .attr('width', Math.max(12, step))
    .attr('y', 0)
    .attr('height', frame.innerHeight)
    .attr('fill', 'transparent')
    .attr('tabindex', (_, index) => (index === 0 ? 0 : -1))
    .attr('role', 'img')
    .attr('aria-label', (point) => `${point.period}: Bass curve ${format(point.baseline)}${point.withEffect === null ? '' : `, with the effect ${format(point.withEffect)}`}${point.actual === null ? '' : `, measured ${format(point.actual)}`}`);
  const chart = shell.mount();
  const svg = shell.svg.node()!;
  const maybe = (value: number | null): string => (value === null ? '—' : format(value));
  bindMarkTooltips<ScenarioChartPoint>(
    svg,
    '.scenario-period',
    shell.tooltip,
    (point) => ({
      title: point.period,
      rows: [
        ['Bass curve', format(point.baseline)],
        ['With the effect', maybe(point.withEffect)],
        ['Measured', maybe(point.actual)],
      ],
      footnotes: [],
    }),
    (point) => [x(point.date) + frame.margin.left, y(point.withEffect ?? point.baseline) + frame.margin.top],
  );
  bindMarkTooltips<ChartEvent>(svg, '.event-marker', shell.tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => [x(event.date) + frame.margin.left, frame.margin.top]);
  bindRovingFocus(svg, '.scenario-period', '.scenario-periods');
  return chart;
}
