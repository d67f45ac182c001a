import { create, max, scaleLinear, scaleUtc, select } from 'd3';
import { formatAmountTick, formatMonthYear, formatShare, formatShareTick } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindGridFocus } from '../interactions/roving-focus.js';
import { axisXMark, axisYMark, updateAxisX, xTickCount } from '../marks/axes.js';
import { brushStripMark } from '../marks/brush-strip.js';
import { eventRulesMark, repositionEventRules, type ChartEvent } from '../marks/event-rules.js';
import { legendHeight, legendMark } from '../marks/legend.js';
import { missingMarks, repositionMissingMarks, type IncompletePeriod } from '../marks/missing-marks.js';
import { placeSeries, type PlacedPoint } from '../marks/placed-series.js';
import { pointDotsMark, shiftPointDots } from '../marks/point-dots.js';
import { shareLinesMark } from '../marks/share-lines.js';
import { repositionStackedColumns, stackedAreaMark } from '../marks/stacked-area.js';
import { zoomTransform } from '../marks/zoom-transform.js';
import { frameOf, uniqueId, type RenderedChart } from '../options.js';
import { paddedTimeDomain } from '../periods.js';
import { timed } from '../timing.js';
import { Tooltip } from '../tooltip.js';
import { readShareOptions, type ShareChartData, type ShareChartOptions, type ShareChartPoint } from './share-chart-options.js';
import { bindShareTooltip } from './share-tooltip.js';

export * from './share-chart-options.js';

export const BRUSH_FRAME = 'marketlens:brush-frame';
const BRUSH_HEIGHT = 26;

/**
 * Shares (or values) over time, as lines or stacked bands, with events on the time axis, a mark under each
 * period that leaves products out, a brush strip that zooms the time axis, a legend that toggles series,
 * and a tooltip with value, share and source for every point (pointer or keyboard).
 */
export function renderShareChart(container: HTMLElement, data: ShareChartData, options: ShareChartOptions): RenderedChart {
  const settings = readShareOptions(data, options);
  const items = data.series.map(({ key, label, color }) => ({ key, label, color }));
  const events = data.events ?? [];
  const incomplete = data.incomplete ?? [];
  const width = Number(options.width);
  const side = { left: 56, right: 24 };
  const legendSpace = legendHeight(items, Math.max(1, width - side.left - side.right));
  const below = 26 + (incomplete.length > 0 ? 16 : 0);
  const brushSpace = settings.brush ? 18 + BRUSH_HEIGHT + 24 : 0;
  const frame = frameOf(options.width, options.height, { top: events.length > 0 ? 64 : 26, ...side, bottom: below + brushSpace + legendSpace + 14 });

  const allPoints = data.series.flatMap((entry) => entry.points);
  const full = settings.domain ?? paddedTimeDomain(allPoints);
  const x = scaleUtc().domain(settings.zoom ?? full).range([0, frame.innerWidth]);
  const xFull = scaleUtc().domain(full).range([0, frame.innerWidth]);
  const valueOf = settings.measure === 'share' ? (point: ShareChartPoint) => point.share : (point: ShareChartPoint) => point.amount ?? 0;
  const placed = placeSeries(data.series, settings.layout, valueOf, settings.hidden);
  // Stacked shares span 0–100%; lines rise to the largest share unless two charts must share one scale.
  const highest = max(placed.flatMap((entry) => entry.points.map((point) => point.high))) ?? 1;
  const top = settings.measure === 'share' ? (settings.layout === 'stacked' || settings.fullShareAxis ? 1 : Math.min(1, highest * 1.1) || 1) : highest * 1.05 || 1;
  const y = scaleLinear().domain([0, top]).nice(5).range([frame.innerHeight, 0]);
  const scales = { x, y };
  const clipId = uniqueId('share-clip');

  const svg = create<SVGSVGElement>('svg')
    .attr('class', 'share-chart')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('role', 'group')
    .attr('aria-label', `${data.label}. ${settings.measure === 'share' ? 'Shares' : 'Values'} ${settings.layout === 'stacked' ? 'stacked' : 'as lines'}; use Tab to reach the points and the arrow keys to move between them.`)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  svg.append('clipPath').attr('id', clipId).append('rect').attr('x', -6).attr('y', -6).attr('width', frame.innerWidth + 12).attr('height', frame.innerHeight + 12);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${frame.margin.left},${frame.margin.top})`);
  plot.append('rect').attr('class', 'plot-background').attr('width', frame.innerWidth).attr('height', frame.innerHeight).attr('fill', 'none').attr('pointer-events', 'all');
  const yLabel = settings.measure === 'share' ? 'Share of the compared total' : (data.amountLabel ?? 'Value');
  plot.append(() => axisYMark(y, frame, (value) => (settings.measure === 'share' ? formatShareTick(Number(value)) : formatAmountTick(Number(value))), yLabel, 14 - frame.margin.top));
  const xAxis = plot.append(() => axisXMark(x, frame, (value) => formatMonthYear(value as Date)));
  const clipped = plot.append('g').attr('clip-path', `url(#${clipId})`);
  const periods = data.periods;
  // Bands and lines are drawn once on the full time scale and moved by a transform when zoomed.
  const fullScales = { x: xFull, y };
  const layer = clipped.append(() => (settings.layout === 'stacked' ? stackedAreaMark(placed, fullScales, periods) : shareLinesMark(placed, fullScales, periods)));
  const zoomable = settings.layout === 'stacked' ? layer.select<SVGGElement>('g.areas') : layer;
  const dots = clipped.append(() =>
    pointDotsMark(placed, scales, { layout: settings.layout, shareOf: (point) => (point.point as ShareChartPoint).share }),
  );
  const rules = plot.append(() => eventRulesMark(events, x, frame));
  const missingY = frame.innerHeight + 34;
  const missing = plot.append(() => missingMarks(incomplete, x, missingY));
  if (settings.zoom) {
    zoomable.attr('transform', zoomTransform(xFull, x));
    if (settings.layout === 'stacked') repositionStackedColumns(layer.node()!, scales);
    shiftPointDots(dots.node()!, x);
  }

  const redraw = (span: readonly [Date, Date]): void => {
    x.domain(span);
    updateAxisX(xAxis.node()!, x, (value) => formatMonthYear(value as Date), xTickCount(frame.innerWidth));
    zoomable.attr('transform', zoomTransform(xFull, x));
    if (settings.layout === 'stacked') repositionStackedColumns(layer.node()!, scales);
    shiftPointDots(dots.node()!, x);
    repositionEventRules(rules.node()!, x);
    repositionMissingMarks(missing.node()!, x, missingY);
  };
  const tooltip = new Tooltip(container);
  if (settings.brush) {
    const strip = brushStripMark(allPoints.map((point) => point.date), xFull, {
      width: frame.innerWidth,
      height: BRUSH_HEIGHT,
      selection: settings.zoom,
      onBrush: (span, done) => {
        tooltip.hide();
        if (!done) timed(BRUSH_FRAME, () => redraw(span ?? full));
        else {
          redraw(span ?? full);
          options.onZoom?.(span);
        }
      },
    });
    svg.append(() => strip).attr('transform', `translate(${frame.margin.left},${frame.margin.top + frame.innerHeight + below + 18})`);
  }
  const legend = svg
    .append(() => legendMark(items, frame.innerWidth, { hidden: settings.hidden, toggles: Boolean(options.onToggleSeries) }))
    .attr('transform', `translate(${frame.margin.left},${frame.height - legendSpace - 8})`);

  container.style.position = 'relative';
  container.append(svg.node()!);
  const labels = new Map(data.series.map((entry) => [entry.key, entry.label]));
  bindShareTooltip({
    svg: svg.node()!,
    plot: plot.node()!,
    tooltip,
    margin: frame.margin,
    x,
    y,
    layout: settings.layout,
    series: placed,
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
  bindGridFocus(svg.node()!, 'circle.point', {
    along: (point) => [...svg.node()!.querySelectorAll('circle.point')].filter((candidate) => candidate.getAttribute('data-key') === point.getAttribute('data-key')),
    across: (point) => [...(point.parentElement?.querySelectorAll('circle.point') ?? [])],
  });
  const at = (date: Date, dy: number) => [x(date) + frame.margin.left, frame.margin.top + dy] as const;
  bindMarkTooltips<ChartEvent>(svg.node()!, '.event-marker', tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => at(event.date, -4));
  bindMarkTooltips<IncompletePeriod>(
    svg.node()!,
    '.missing-mark',
    tooltip,
    (period) => ({ title: `${period.period}: shares among ${period.compared} products`, rows: [], footnotes: [`Not reported this period: ${period.missing.join(', ')}`, `Source: ${data.citation}`] }),
    (period) => at(period.date, missingY),
  );
  bindLegendToggles(legend.node()!, options.onToggleSeries);
  return {
    svg: svg.node()!,
    destroy() {
      tooltip.remove();
      svg.remove();
    },
  };
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
