import { scaleLinear, scaleUtc } from 'd3';
import { formatAmountTick, formatIsoDate } from '../format.js';
import { bindMarkTooltips } from '../interactions/mark-tooltips.js';
import { bindGridFocus } from '../interactions/roving-focus.js';
import { axisYMark, granularityOf, timeAxisMark } from '../marks/axes.js';
import { eventRulesMark, type ChartEvent } from '../marks/event-rules.js';
import { fanMark, type FanPoint } from '../marks/fan.js';
import type { LegendItem } from '../marks/legend.js';
import { observedDotsMark, type ObservedPoint } from '../marks/observed-dots.js';
import { PREDICTION_COLOR, predictionMarkersMark, type PredictionMarker } from '../marks/prediction-markers.js';
import { valueLineMark } from '../marks/value-line.js';
import type { RenderedChart } from '../options.js';
import { paddedTimeDomain } from '../periods.js';
import { chartShell } from '../shell/chart-shell.js';
import { fanPeriods, fanValueDomain, fanValues, validateFanData, valueBoundsOf, type FanChartData, type FanChartOptions } from './fan-chart-options.js';
import { forecastTooltip, observedTooltip, predictionTooltip } from './fan-tooltip.js';
import { MUTED } from '../shell/theme.js';

export type { FanChartData, FanChartOptions } from './fan-chart-options.js';

const HISTORY = 'currentColor';
const FAN = '#2f5d8a';
const ACTUAL = '#c2571a';

function legendItems(data: FanChartData): LegendItem[] {
  return [
    { key: 'history', label: 'Measured (what the model saw)', color: HISTORY },
    ...(data.forecast.length > 0
      ? [
          { key: 'forecast', label: 'Point forecast', color: FAN, dash: '6 4' },
          { key: 'band-80', label: '80% interval', color: '#acbed0' },
          { key: 'band-95', label: '95% interval', color: '#e2e8ef' },
        ]
      : []),
    ...((data.actualsAfter ?? []).length > 0 ? [{ key: 'actual', label: 'Measured after the vintage (rings)', color: ACTUAL }] : []),
    ...((data.predictions ?? []).length > 0 ? [{ key: 'prediction', label: 'Published prediction (◆), the actual it was scored on (■)', color: PREDICTION_COLOR }] : []),
  ];
}

function vintageRule(vintage: Date): ChartEvent {
  const day = formatIsoDate(vintage);
  return { key: 'vintage', date: vintage, title: `Vintage ${day}`, lines: [`The model saw the data up to ${day}; the rings after it are what happened since.`] };
}

/**
 * A forecast as a fan: the measured history, the point forecast with its 80% and 95% bands, what was
 * measured after the vintage, and published predictions with the actuals they were scored against.
 */
export function renderFanChart(container: HTMLElement, data: FanChartData, options: FanChartOptions): RenderedChart {
  validateFanData(data);
  const bounds = valueBoundsOf(options.valueBounds);
  const format = options.formatValue ?? formatAmountTick;
  const actuals = data.actualsAfter ?? [];
  const predictions = data.predictions ?? [];
  const shell = chartShell(container, {
    className: 'fan-chart',
    ...(options.width === undefined ? {} : { width: options.width }),
    height: options.height,
    margin: { top: data.vintage ? 64 : 32, right: 24, bottom: 30, left: 56 },
    title: data.label,
    description: `Measured values (${data.history.length}), the forecast (${data.forecast.length} periods) with its 80% and 95% intervals${actuals.length > 0 ? ', what was measured after the vintage' : ''}${predictions.length > 0 ? `, ${predictions.length} published predictions` : ''}. Tab to the points, arrow keys to move.`,
    legend: { items: legendItems(data) },
  });
  const { frame, plot } = shell;
  const x = scaleUtc()
    .domain(paddedTimeDomain(fanPeriods(data)))
    .range([0, frame.innerWidth]);
  const { domain, clipped } = fanValueDomain(fanValues(data), bounds);
  const y = scaleLinear().domain(domain).range([frame.innerHeight, 0]);
  plot.append(() => axisYMark(y, frame, (value) => formatAmountTick(Number(value)), data.valueLabel, 14 - frame.margin.top));
  plot.append(() => timeAxisMark(x, frame, granularityOf([...data.history, ...data.forecast])));
  const last = data.history[data.history.length - 1];
  if (data.forecast.length > 0) {
    // The fan is cut exactly at the plot's top and bottom (its intervals may run past the bounds).
    plot
      .append('g')
      .attr('clip-path', shell.clip(0))
      .append(() => fanMark(data.forecast, x, y, { color: FAN, anchor: last ? { date: last.date, value: last.value } : null }));
  }
  const drawn = plot.append('g').attr('class', 'measured');
  drawn.append(() => valueLineMark(data.history, x, y, { value: (point) => point.value, color: HISTORY, className: 'history-line' }));
  drawn.append(() => valueLineMark(actuals, x, y, { value: (point) => point.value, color: ACTUAL, dash: '2 3', className: 'actual-line' }));
  drawn.append(() => observedDotsMark(data.history, x, y, { kind: 'history', color: HISTORY }));
  drawn.append(() => observedDotsMark(actuals, x, y, { kind: 'actual', color: ACTUAL }));
  if (predictions.length > 0) drawn.append(() => predictionMarkersMark(predictions, x, y));
  if (data.vintage) plot.append(() => eventRulesMark([vintageRule(data.vintage!)], x, frame));
  if (clipped && bounds) {
    plot
      .append('text')
      .attr('class', 'clip-note')
      .attr('x', frame.innerWidth)
      .attr('y', -6)
      .attr('text-anchor', 'end')
      .attr('font-size', 11)
      .style('fill', MUTED)
      .text(`Intervals run past ${format(bounds[0])}–${format(bounds[1])}: cut at the axis${frame.innerWidth > 480 ? ' (the tooltip gives them in full)' : ''}`);
  }
  const chart = shell.mount();
  const root = shell.svg.node()!;
  const tooltip = shell.tooltip;
  const at = (date: Date, value: number): [number, number] => [x(date) + frame.margin.left, y(value) + frame.margin.top];
  bindMarkTooltips<ObservedPoint>(root, '.history-point', tooltip, (point) => observedTooltip(point, false, format), (point) => at(point.date, point.value));
  bindMarkTooltips<ObservedPoint>(root, '.actual-point', tooltip, (point) => observedTooltip(point, true, format), (point) => at(point.date, point.value));
  bindMarkTooltips<FanPoint>(root, '.forecast-point', tooltip, (point) => forecastTooltip(point, format), (point) => at(point.date, point.value));
  bindMarkTooltips<PredictionMarker>(root, '.prediction-marker', tooltip, (prediction) => predictionTooltip(prediction, format), (prediction) => at(prediction.date, prediction.value));
  bindMarkTooltips<ChartEvent>(root, '.event-marker', tooltip, (event) => ({ title: event.title, rows: [], footnotes: event.lines }), (event) => [x(event.date) + frame.margin.left, frame.margin.top]);
  const targets = [...root.querySelectorAll<SVGCircleElement>('.fan-target')].sort((a, b) => Number(a.getAttribute('cx')) - Number(b.getAttribute('cx')));
  targets[0]?.setAttribute('tabindex', '0');
  bindGridFocus(root, '.fan-target', { along: () => targets });
  return chart;
}
