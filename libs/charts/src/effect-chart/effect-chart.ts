import { extent, scaleLinear, scaleUtc } from 'd3';
import { formatAmountTick } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindRovingFocus } from '../interactions/roving-focus.js';
import { axisYMark, granularityOf, timeAxisMark } from '../marks/axes.js';
import { bandMark } from '../marks/band.js';
import { eventRulesMark, type ChartEvent } from '../marks/event-rules.js';
import { valueLineMark } from '../marks/value-line.js';
import { ChartOptionError, type RenderedChart } from '../options.js';
import { paddedTimeDomain, type PeriodPoint } from '../periods.js';
import { chartShell } from '../shell/chart-shell.js';
import { PAPER } from '../shell/theme.js';

export interface EffectChartPoint extends PeriodPoint {
  readonly actual: number;
  /** What the series would have been without the event; null where the method gives none. */
  readonly counterfactual: number | null;
  /** The counterfactual's 95% band. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly afterEvent: boolean;
  /** Tooltip lines under the numbers (the point's note and citation). */
  readonly details: readonly string[];
}

export interface EffectChartData {
  readonly points: readonly EffectChartPoint[];
  readonly event: ChartEvent;
  readonly label: string;
  /** The y axis title ("Unique users (people)"). */
  readonly valueLabel: string;
}

export interface EffectChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  /** How a value reads in the tooltip ("21.5 million"); axis ticks are abbreviated. */
  readonly formatValue?: (value: number) => string;
}

const ACTUAL = 'currentColor';
const COUNTERFACTUAL = '#c2571a';

/** Actual against counterfactual, the counterfactual's 95% band, and the event's rule. */
export function renderEffectChart(container: HTMLElement, data: EffectChartData, options: EffectChartOptions): RenderedChart {
  if (data.points.length === 0) throw new ChartOptionError('points must hold at least one period, not []');
  const formatValue = options.formatValue ?? formatAmountTick;
  const items = [
    { key: 'actual', label: 'Actual (hollow before the event, filled after)', color: ACTUAL, dash: '' },
    { key: 'counterfactual', label: 'Counterfactual (without the event)', color: COUNTERFACTUAL, dash: '6 4' },
    { key: 'band', label: '95% band of the counterfactual', color: '#efc3a4' },
  ].filter((item) => item.key !== 'band' || data.points.some((point) => point.lower !== null && point.upper !== null));
  const shell = chartShell(container, {
    className: 'effect-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: 64, right: 24, bottom: 30, left: 56 },
    title: data.label,
    description: `Actual against counterfactual with its 95% band, ${data.points.length} periods, the event (${data.event.title}) marked. Tab to the points, arrow keys to move.`,
    legend: { items },
  });
  const { frame, plot } = shell;
  const [start, end] = paddedTimeDomain([...data.points, { date: data.event.date, period: 'event' }]);
  const x = scaleUtc().domain([start, end]).range([0, frame.innerWidth]);
  const values = data.points.flatMap((point) => [point.actual, point.counterfactual, point.lower, point.upper]).filter((value): value is number => value !== null);
  const [low = 0, high = 1] = extent(values);
  const y = scaleLinear()
    .domain([Math.min(0, low), high === low ? high + 1 : high * 1.05])
    .nice()
    .range([frame.innerHeight, 0]);
  plot.append(() => axisYMark(y, frame, (value) => formatAmountTick(Number(value)), data.valueLabel, 14 - frame.margin.top));
  plot.append(() => timeAxisMark(x, frame, granularityOf(data.points)));
  plot.append(() => bandMark(data.points, x, y, { low: (point) => point.lower, high: (point) => point.upper, color: COUNTERFACTUAL }));
  plot.append(() => valueLineMark(data.points, x, y, { value: (point) => point.counterfactual, color: COUNTERFACTUAL, dash: '6 4', className: 'counterfactual' }));
  plot.append(() => valueLineMark(data.points, x, y, { value: (point) => point.actual, color: ACTUAL, className: 'actual' }));
  plot
    .append('g')
    .attr('class', 'counterfactual-ticks')
    .selectAll('line')
    .data(data.points.filter((point) => point.counterfactual !== null))
    .join('line')
    .attr('x1', (point) => x(point.date) - 7)
    .attr('x2', (point) => x(point.date) + 7)
    .attr('y1', (point) => y(point.counterfactual!))
    .attr('y2', (point) => y(point.counterfactual!))
    .attr('stroke', COUNTERFACTUAL)
    .attr('stroke-width', 2.5);
  plot.append(() => eventRulesMark([data.event], x, frame));
  plot
    .append('g')
    .attr('class', 'actual-points')
    .selectAll('circle')
    .data(data.points)
    .join('circle')
    .attr('class', 'effect-point')
    .attr('data-period', (point) => point.period)
    .attr('cx', (point) => x(point.date))
    .attr('cy', (point) => y(point.actual))
    .attr('r', 4.5)
    .attr('fill', ACTUAL)
    .style('fill', (point) => (point.afterEvent ? null : PAPER))
    .attr('stroke', ACTUAL)
    .attr('stroke-width', 1.5)
    .attr('role', 'img')
    .attr('aria-label', (point) => `${point.period}, ${point.afterEvent ? 'after' : 'before'} the event: actual ${formatValue(point.actual)}${point.counterfactual === null ? '' : `, counterfactual ${formatValue(point.counterfactual)}`}`)
    .attr('tabindex', (_, index) => (index === 0 ? 0 : -1));
  const chart = shell.mount();
  const svg = shell.svg.node()!;
  const maybe = (value: number | null): string => (value === null ? '—' : formatValue(value));
  bindMarkTooltips<EffectChartPoint>(
    svg,
    '.effect-point',
    shell.tooltip,
    (point) => ({
      title: `${point.period} (${point.afterEvent ? 'after' : 'before'} the event)`,
      rows: [
        ['Actual', formatValue(point.actual)],
        ['Counterfactual', maybe(point.counterfactual)],
        ['95% band', point.lower === null || point.upper === null ? '—' : `${formatValue(point.lower)} to ${formatValue(point.upper)}`],
        ['Actual − counterfactual', point.counterfactual === null ? '—' : formatValue(point.actual - point.counterfactual)],
      ],
      footnotes: point.details,
    }),
    (point) => [x(point.date) + frame.margin.left, y(point.actual) + frame.margin.top],
  );
  bindMarkTooltips<ChartEvent>(svg, '.event-marker', shell.tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => [x(event.date) + frame.margin.left, frame.margin.top]);
  bindRovingFocus(svg, '.effect-point', '.actual-points');
  return chart;
}
