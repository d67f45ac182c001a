import { create, scaleLinear, scaleUtc } from 'd3';
import { formatIndex, formatMonthYear, formatShare, formatShareTick } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindRovingFocus } from '../interactions/roving-focus.js';
import { axisXMark, axisYMark, axisYRightMark } from '../marks/axes.js';
import { CONCENTRATION_MEASURES, concentrationLinesMark, type ConcentrationPeriod } from '../marks/concentration-lines.js';
import { eventRulesMark, type ChartEvent } from '../marks/event-rules.js';
import { legendHeight, legendMark } from '../marks/legend.js';
import { columnWidth } from '../marks/stacked-area.js';
import { frameOf, timeSpan, uniqueId, type RenderedChart } from '../options.js';
import { paddedTimeDomain } from '../periods.js';
import { Tooltip } from '../tooltip.js';

export interface ConcentrationChartData {
  readonly periods: readonly ConcentrationPeriod[];
  readonly label: string;
  readonly citation: string;
  readonly events?: readonly ChartEvent[];
}

export interface ConcentrationChartOptions {
  readonly width: number;
  readonly height: number;
  /** The time span to draw; the periods' own span when absent (pass the share chart's, to align them). */
  readonly domain?: readonly [Date, Date] | null;
  readonly zoom?: readonly [Date, Date] | null;
}

/** The 1992 US Horizontal Merger Guidelines' HHI thresholds, in force over 1997–2006. */
const GUIDES = [
  { hhi: 1000, label: 'HHI 1,000–1,800: moderately concentrated (1992 US merger guidelines)', dy: 11 },
  { hhi: 1800, label: 'above 1,800: highly concentrated', dy: -3 },
];

/** HHI (left axis) and CR1/CR3 (right axis) per period, on the same time axis as the share chart. */
export function renderConcentrationChart(container: HTMLElement, data: ConcentrationChartData, options: ConcentrationChartOptions): RenderedChart {
  const items = CONCENTRATION_MEASURES.map(({ key, label, color, dash }) => ({ key, label, color, dash }));
  const width = Number(options.width);
  const legendSpace = legendHeight(items, Math.max(1, width - 112));
  const events = data.events ?? [];
  const frame = frameOf(options.width, options.height, { top: events.length > 0 ? 64 : 28, right: 56, bottom: 36 + legendSpace, left: 56 });
  const full = timeSpan('domain', options.domain) ?? paddedTimeDomain(data.periods);
  const x = scaleUtc().domain(timeSpan('zoom', options.zoom) ?? full).range([0, frame.innerWidth]);
  const index = scaleLinear().domain([0, 10_000]).range([frame.innerHeight, 0]);
  const ratio = scaleLinear().domain([0, 1]).range([frame.innerHeight, 0]);
  const clipId = uniqueId('concentration-clip');

  const svg = create<SVGSVGElement>('svg')
    .attr('class', 'concentration-chart')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('role', 'group')
    .attr('aria-label', `Concentration per period: ${data.label}. Tab to a period, arrow keys to move.`)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  svg.append('clipPath').attr('id', clipId).append('rect').attr('x', -8).attr('y', -8).attr('width', frame.innerWidth + 16).attr('height', frame.innerHeight + 16);
  const plot = svg.append('g').attr('transform', `translate(${frame.margin.left},${frame.margin.top})`);
  plot.append(() => axisYMark(index, frame, (value) => formatIndex(Number(value)), 'HHI (0–10,000)', 14 - frame.margin.top));
  plot.append(() => axisYRightMark(ratio, frame, (value) => formatShareTick(Number(value)), 'CR1, CR3', 14 - frame.margin.top));
  const guides = plot.append('g').attr('class', 'hhi-guides').selectAll('g').data(GUIDES).join('g').attr('transform', (guide) => `translate(0,${index(guide.hhi)})`);
  guides.append('line').attr('x2', frame.innerWidth).attr('stroke', '#8a94a6').attr('stroke-dasharray', '1 3');
  guides.append('text').attr('x', 4).attr('y', (guide) => guide.dy).attr('font-size', 10).attr('fill', '#5b6475').text((guide) => guide.label);
  plot.append(() => axisXMark(x, frame, (value) => formatMonthYear(value as Date)));
  const clipped = plot.append('g').attr('clip-path', `url(#${clipId})`);
  const scales = { x, index, ratio };
  clipped.append(() => concentrationLinesMark(data.periods, scales));
  const hits = clipped
    .append('g')
    .attr('class', 'period-hits')
    .selectAll('rect')
    .data(data.periods)
    .join('rect')
    .attr('class', 'period-hit')
    .attr('data-period', (period) => period.period)
    .attr('y', 0)
    .attr('height', frame.innerHeight)
    .attr('fill', 'transparent')
    .attr('tabindex', (_, position) => (position === 0 ? 0 : -1))
    .attr('aria-label', (period) => `${period.period}: HHI ${formatIndex(period.hhi)}, CR1 ${formatShare(period.cr1)}, CR3 ${formatShare(period.cr3)}`);
  plot.append(() => eventRulesMark(events, x, frame));
  hits.attr('x', (period) => x(period.date) - Math.max(8, columnWidth(period, x)) / 2).attr('width', (period) => Math.max(8, columnWidth(period, x)));
  svg.append(() => legendMark(items, frame.innerWidth)).attr('transform', `translate(${frame.margin.left},${frame.height - legendSpace - 4})`);

  container.style.position = 'relative';
  container.append(svg.node()!);
  const tooltip = new Tooltip(container);
  bindMarkTooltips<ConcentrationPeriod>(
    svg.node()!,
    '.period-hit',
    tooltip,
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
  bindMarkTooltips<ChartEvent>(svg.node()!, '.event-marker', tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => [x(event.date) + frame.margin.left, frame.margin.top]);
  bindRovingFocus(svg.node()!, '.period-hit', '.period-hits');
  return {
    svg: svg.node()!,
    destroy() {
      tooltip.remove();
      svg.remove();
    },
  };
}
