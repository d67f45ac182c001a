import { create, extent, scaleLinear, scaleUtc, select, utcFormat } from 'd3';
import { axisXMark, axisYMark } from '../marks/axes.js';
import { legendMark } from '../marks/legend.js';
import { shareLinesMark, type SharePoint, type ShareSeries } from '../marks/share-lines.js';
import { frameOf } from '../options.js';
import { Tooltip } from '../tooltip.js';

export interface ShareChartPoint extends SharePoint {
  /** The value as the reader should see it ("18.5 million"). */
  readonly value: string;
  /** Extra lines for the tooltip (notes, coverage of the period). */
  readonly details: readonly string[];
}

export interface ShareChartData {
  readonly series: readonly ShareSeries<ShareChartPoint>[];
  /** Every period label of the view, oldest first. */
  readonly periods: readonly string[];
  /** The citation every number of the chart comes from. */
  readonly citation: string;
  readonly label: string;
}

export interface ShareChartOptions {
  readonly width: number;
  readonly height: number;
}

export interface RenderedChart {
  readonly svg: SVGSVGElement;
  destroy(): void;
}

const MARGIN = { top: 28, right: 24, bottom: 72, left: 52 };
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** Shares over time: a line and dots per product, axes, legend and a tooltip with value, share and source. */
export function renderShareChart(container: HTMLElement, data: ShareChartData, options: ShareChartOptions): RenderedChart {
  const frame = frameOf(options.width, options.height, MARGIN);
  const dates = data.series.flatMap((entry) => entry.points.map((point) => point.date));
  const [first, last] = extent(dates) as [Date | undefined, Date | undefined];
  const span = first && last && first.getTime() !== last.getTime() ? [first, last] : padSingleDate(first ?? new Date(Date.UTC(2000, 0, 1)));
  // Inset the range so the first and last dots are not cut by the axes.
  const x = scaleUtc().domain(span).range([12, frame.innerWidth - 12]);
  const y = scaleLinear().domain([0, 1]).range([frame.innerHeight, 0]);

  const svg = create<SVGSVGElement>('svg')
    .attr('class', 'share-chart')
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('role', 'img')
    .attr('aria-label', data.label)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  const plot = svg.append('g').attr('transform', `translate(${frame.margin.left},${frame.margin.top})`);
  plot.append(() => axisYMark(y, frame, (value) => percent(Number(value)), 'Share of the compared total'));
  plot.append(() => axisXMark(x, frame, (value) => utcFormat('%b %Y')(value as Date)));
  plot.append(() => shareLinesMark(data.series, { x, y }, data.periods));
  svg
    .append(() => legendMark(data.series.map(({ key, label, color }) => ({ key, label, color })), frame.innerWidth))
    .attr('transform', `translate(${frame.margin.left},${frame.height - 30})`);

  container.style.position = 'relative';
  container.append(svg.node()!);
  const tooltip = new Tooltip(container);
  bindTooltip(svg.node()!, data, tooltip, frame.margin);
  return {
    svg: svg.node()!,
    destroy() {
      tooltip.remove();
      svg.remove();
    },
  };
}

function padSingleDate(date: Date): [Date, Date] {
  const year = 365 * 24 * 3600 * 1000;
  return [new Date(date.getTime() - year / 2), new Date(date.getTime() + year / 2)];
}

function bindTooltip(svg: SVGSVGElement, data: ShareChartData, tooltip: Tooltip, margin: { left: number; top: number }): void {
  const series = new Map(data.series.map((entry) => [entry.key, entry]));
  const showFor = (target: SVGCircleElement): void => {
    const entry = series.get(target.dataset['key'] ?? '');
    const point = entry?.points.find((candidate) => candidate.period === target.dataset['period']);
    if (!entry || !point) return;
    tooltip.show(
      {
        title: `${entry.label} — ${point.period}`,
        rows: [
          ['Value', point.value],
          ['Share', percent(point.share)],
        ],
        footnotes: [...point.details, `Source: ${data.citation}`],
      },
      Number(target.getAttribute('cx')) + margin.left,
      Number(target.getAttribute('cy')) + margin.top,
    );
  };
  select(svg)
    .selectAll<SVGCircleElement, unknown>('circle.point')
    .on('pointerenter focus', (event: Event) => showFor(event.currentTarget as SVGCircleElement))
    .on('pointerleave blur', () => tooltip.hide());
}
