import { scaleLinear, scaleUtc } from 'd3';
import { formatIndex, formatShare, formatShareTick } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindRovingFocus } from '../interactions/roving-focus.js';
import { axisYMark, axisYRightMark, granularityOf, timeAxisMark } from '../marks/axes.js';
import { CONCENTRATION_MEASURES, concentrationLinesMark, type ConcentrationPeriod } from '../marks/concentration-lines.js';
import { eventRulesMark, type ChartEvent } from '../marks/event-rules.js';
import { columnWidth } from '../marks/stacked-area.js';
import { timeSpan, type RenderedChart } from '../options.js';
import { paddedTimeDomain } from '../periods.js';
import { chartShell } from '../shell/chart-shell.js';
import { MUTED, RULE } from '../shell/theme.js';

export interface ConcentrationChartData {
  readonly periods: readonly ConcentrationPeriod[];
  readonly label: string;
  readonly citation: string;
  readonly events?: readonly ChartEvent[];
}

export interface ConcentrationChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  /** The time span to draw; the periods' own span when absent (pass the share chart's, to align them). */
  readonly domain?: readonly [Date, Date] | null;
  readonly zoom?: readonly [Date, Date] | null;
}

/** The 1992 US Horizontal Merger Guidelines' HHI thresholds, in force over 1997–2006. */
const GUIDES = [
  { hhi: 1000, label: 'HHI 1,000–1,800: moderately concentrated (1992 US merger guidelines)', short: 'moderately concentrated', dy: 11 },
  { hhi: 1800, label: 'above 1,800: highly concentrated', short: 'highly concentrated', dy: -3 },
];

const periodText = (period: ConcentrationPeriod): string => `${period.period}: HHI ${formatIndex(period.hhi)}, CR1 ${formatShare(period.cr1)}, CR3 ${formatShare(period.cr3)}`;

/** HHI (left axis) and CR1/CR3 (right axis) per period, on the same time axis as the share chart. */
export function renderConcentrationChart(container: HTMLElement, data: ConcentrationChartData, options: ConcentrationChartOptions): RenderedChart {
  const events = data.events ?? [];
  const shell = chartShell(container, {
    className: 'concentration-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: events.length > 0 ? 64 : 28, right: 48, bottom: 30, left: 56 },
    title: `Concentration per period: ${data.label}`,
    description: `HHI on the left axis (0–10,000), CR1 and CR3 on the right (0–100%), for ${data.periods.length} period${data.periods.length === 1 ? '' : 's'}. Source: ${data.citation}. Tab to a period, arrow keys to move.`,
    legend: { items: CONCENTRATION_MEASURES.map(({ key, label, color, dash }) => ({ key, label, color, dash })) },
  });
  const { frame, plot } = shell;
  const full = timeSpan('domain', options.domain) ?? paddedTimeDomain(data.periods);
  const x = scaleUtc().domain(timeSpan('zoom', options.zoom) ?? full).range([0, frame.innerWidth]);
  const index = scaleLinear().domain([0, 10_000]).range([frame.innerHeight, 0]);
  const ratio = scaleLinear().domain([0, 1]).range([frame.innerHeight, 0]);
  plot.append(() => axisYMark(index, frame, (value) => formatIndex(Number(value)), 'HHI (0–10,000)', 14 - frame.margin.top));
  plot.append(() => axisYRightMark(ratio, frame, (value) => formatShareTick(Number(value)), 'CR1, CR3', 14 - frame.margin.top));
  const guides = plot.append('g').attr('class', 'hhi-guides').selectAll('g').data(GUIDES).join('g').attr('transform', (guide) => `translate(0,${index(guide.hhi)})`);
  guides.append('line').attr('x2', frame.innerWidth).style('stroke', RULE).attr('stroke-dasharray', '1 3');
  guides.append('text').attr('x', 4).attr('y', (guide) => guide.dy).attr('font-size', 10).style('fill', MUTED).text((guide) => (frame.innerWidth < 360 ? guide.short : guide.label));
  plot.append(() => timeAxisMark(x, frame, granularityOf(data.periods)));
  const clipped = plot.append('g').attr('clip-path', shell.clip(8));
  clipped.append(() => concentrationLinesMark(data.periods, { x, index, ratio }));
  const hitWidth = (period: ConcentrationPeriod) => Math.max(8, columnWidth(period, x));
  clipped
    .append('g')
    .attr('class', 'period-hits')
    .selectAll('rect')
    .data(data.periods)
    .join('rect')
    .attr('class', 'period-hit')
    .attr('data-period', (period) => period.period)
    .attr('x', (period) => x(period.date) - hitWidth(period) / 2)
    .attr('width', hitWidth)
    .attr('y', 0)
    .attr('height', frame.innerHeight)
    .attr('fill', 'transparent')
    .attr('tabindex', (_, position) => (position === 0 ? 0 : -1))
    .attr('role', 'img')
    .attr('aria-label', periodText);
  plot.append(() => eventRulesMark(events, x, frame));
  const chart = shell.mount();
  const svg = shell.svg.node()!;
  bindMarkTooltips<ConcentrationPeriod>(
    svg,
    '.period-hit',
    shell.tooltip,
    (period) => ({
      title: `Concentration — ${period.period}`,
      rows: [
        ['HHI', formatIndex(period.hhi)],
        ['CR1', formatShare(period.cr1)],
        ['CR3', formatShare(period.cr3)],
        ['Products compared', String(period.compared)],
      ],
      footnotes: [...(period.missing.length > 0 ? [`Not reported this period: ${period.missing.join(', ')}`] : []), `Source: ${data.citation}`],
    }),
    (period) => [x(period.date) + frame.margin.left, frame.margin.top + index(period.hhi)],
  );
  bindMarkTooltips<ChartEvent>(svg, '.event-marker', shell.tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => [x(event.date) + frame.margin.left, frame.margin.top]);
  bindRovingFocus(svg, '.period-hit', '.period-hits');
  return chart;
}
