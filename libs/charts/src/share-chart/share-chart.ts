import { formatAmountTick, formatShare, formatShareTick } from '../format.js';
import { axisYMark, timeAxisMark, updateTimeAxis } from '../marks/axes.js';
import { brushStripMark } from '../marks/brush-strip.js';
import { eventRulesMark, repositionEventRules } from '../marks/event-rules.js';
import { missingMarks, repositionMissingMarks } from '../marks/missing-marks.js';
import { pointDotsMark, shiftPointDots } from '../marks/point-dots.js';
import { seriesDash, shareLinesMark } from '../marks/share-lines.js';
import { repositionStackedColumns, stackedAreaMark } from '../marks/stacked-area.js';
import { zoomTransform } from '../marks/zoom-transform.js';
import { fillPatterns, patternFill } from '../marks/fill-patterns.js';
import { uniqueId, type RenderedChart } from '../options.js';
import { chartShell } from '../shell/chart-shell.js';
import { timed } from '../timing.js';
import { readShareOptions, type ShareChartData, type ShareChartOptions, type ShareChartPoint, type ShareChartSettings } from './share-chart-options.js';
import { bindShareInteractions } from './share-interactions.js';
import { shareScales } from './share-scales.js';

export * from './share-chart-options.js';
export { FEW_PERIODS } from './share-scales.js';

export const BRUSH_FRAME = 'marketlens:brush-frame';
const BRUSH_HEIGHT = 26;

function describe(data: ShareChartData, settings: ShareChartSettings, few: boolean): string {
  const what = `${settings.measure === 'share' ? 'Shares of the compared total' : 'Values'} ${settings.layout === 'stacked' ? 'stacked' : 'as lines'} for ${data.series.map((entry) => entry.label).join(', ')}, ${data.periods.length} period${data.periods.length === 1 ? '' : 's'}`;
  return `${what}${few ? ', each value written beside its dot' : ''}. Source: ${data.citation}. Tab to the points, arrow keys to move between them.`;
}

/**
 * Shares (or values) over time, as lines or stacked bands, with events on the time axis, a mark under each
 * period that leaves products out, a brush strip that zooms the time axis, a legend that toggles series,
 * and a tooltip with value, share and source for every point (pointer or keyboard). A view of a few
 * periods writes each value beside its dot.
 */
export function renderShareChart(container: HTMLElement, data: ShareChartData, options: ShareChartOptions): RenderedChart {
  const settings = readShareOptions(data, options);
  const events = data.events ?? [];
  const incomplete = data.incomplete ?? [];
  const below = 26 + (incomplete.length > 0 ? 16 : 0);
  const brushSpace = settings.brush ? 18 + BRUSH_HEIGHT + 24 : 0;
  // Lines differ by dash, stacked bands by texture, besides their colour; the legend shows the same.
  const patternPrefix = uniqueId('share-pattern');
  const textureOf = (index: number): string | null => (settings.layout === 'stacked' ? patternFill(patternPrefix, index) : null);
  const items = data.series.map(({ key, label, color }, index) => ({ key, label, color, ...(settings.layout === 'lines' ? { dash: seriesDash(index) } : { pattern: textureOf(index) }) }));
  const shell = chartShell(container, {
    className: 'share-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: events.length > 0 ? 64 : 26, left: 56, right: settings.measure === 'share' ? 48 : 64, bottom: below + brushSpace + 6 },
    title: data.label,
    description: describe(data, settings, data.periods.length <= 3),
    legend: { items, options: { hidden: settings.hidden, toggles: Boolean(options.onToggleSeries) } },
  });
  const { frame, plot } = shell;
  if (settings.layout === 'stacked') fillPatterns(shell.svg.insert('defs', ':first-child'), patternPrefix);
  const scales = shareScales(data, settings, frame);
  const { x, xFull, y, placed } = scales;
  plot.append('rect').attr('class', 'plot-background').attr('width', frame.innerWidth).attr('height', frame.innerHeight).attr('fill', 'none').attr('pointer-events', 'all');
  const yLabel = settings.measure === 'share' ? 'Share of the compared total' : (data.amountLabel ?? 'Value');
  const tick = settings.measure === 'share' ? formatShareTick : formatAmountTick;
  plot.append(() => axisYMark(y, frame, (value) => tick(Number(value)), yLabel, 14 - frame.margin.top));
  const xAxis = plot.append(() => timeAxisMark(x, frame, scales.granularity));
  const clipped = plot.append('g').attr('clip-path', shell.clip(6));
  // Bands and lines are drawn once on the full time scale and moved by a transform when zoomed.
  const fullScales = { x: xFull, y };
  const dashOf = (key: string) => seriesDash(data.series.findIndex((entry) => entry.key === key));
  const layer = clipped.append(() => (settings.layout === 'stacked' ? stackedAreaMark(placed, fullScales, data.periods, scales.few ? 28 : null, (key) => textureOf(data.series.findIndex((entry) => entry.key === key))) : shareLinesMark(placed, fullScales, data.periods, dashOf)));
  const zoomable = settings.layout === 'stacked' ? layer.select<SVGGElement>('g.areas') : layer;
  const labels = new Map(data.series.map((entry) => [entry.key, entry.label]));
  const shareOf = (point: { point: unknown }) => (point.point as ShareChartPoint).share;
  const valueText = (point: { point: unknown }) => (settings.measure === 'share' ? formatShare(shareOf(point)) : (point.point as ShareChartPoint).value);
  const dots = clipped.append(() =>
    pointDotsMark(placed, { x, y }, {
      layout: settings.layout,
      shareOf,
      describe: (point) => `${labels.get(point.seriesKey) ?? point.seriesKey}, ${point.period}: ${valueText(point)}`,
      ...(scales.few ? { label: valueText } : {}),
    }),
  );
  const rules = plot.append(() => eventRulesMark(events, x, frame));
  const missingY = frame.innerHeight + 34;
  const missing = plot.append(() => missingMarks(incomplete, x, missingY));

  const redraw = (span: readonly [Date, Date]): void => {
    x.domain(span);
    updateTimeAxis(xAxis.node()!, x);
    zoomable.attr('transform', zoomTransform(xFull, x));
    if (settings.layout === 'stacked') repositionStackedColumns(layer.node()!, { x, y });
    shiftPointDots(dots.node()!, x);
    repositionEventRules(rules.node()!, x);
    repositionMissingMarks(missing.node()!, x, missingY);
  };
  if (settings.zoom) redraw(settings.zoom);
  if (settings.brush) {
    const strip = brushStripMark(scales.allPoints.map((point) => point.date), xFull, {
      width: frame.innerWidth,
      height: BRUSH_HEIGHT,
      selection: settings.zoom,
      granularity: scales.granularity,
      onBrush: (span, done) => {
        shell.tooltip.hide();
        if (!done) timed(BRUSH_FRAME, () => redraw(span ?? scales.full));
        else {
          redraw(span ?? scales.full);
          options.onZoom?.(span);
        }
      },
    });
    shell.controls().append(() => strip).attr('transform', `translate(${frame.margin.left},${frame.margin.top + frame.innerHeight + below + 18})`);
  }
  const chart = shell.mount();
  bindShareInteractions(shell, data, settings, scales, options, missingY);
  return chart;
}
