import { brushX, create, type D3BrushEvent, type ScaleTime, type Selection } from 'd3';
import { formatMonthYear } from '../format.js';
import type { PeriodGranularity } from '../periods.js';
import { timeAxisMark } from './axes.js';
import { MUTED, RULE, SUBTLE } from '../shell/theme.js';

export interface BrushStripOptions {
  readonly width: number;
  readonly height: number;
  /** The zoom to show at first; null for none. */
  readonly selection: readonly [Date, Date] | null;
  /** The data's granularity, for the strip's time axis. */
  readonly granularity: PeriodGranularity;
  /** Every brush move (`done` false) and its end (`done` true); null when the zoom is cleared. */
  readonly onBrush: (span: [Date, Date] | null, done: boolean) => void;
}

const KEY_STEP = 0.1;

/**
 * A strip under the chart spanning the whole period range, with a tick per reported period and a d3 brush:
 * drag to zoom the chart above, click outside the selection to clear it. Keyboard: the strip is focusable;
 * arrow keys pan, + and − zoom, Escape clears.
 */
export function brushStripMark(dates: readonly Date[], x: ScaleTime<number, number>, options: BrushStripOptions): SVGGElement {
  const { width, height } = options;
  const g = create<SVGGElement>('svg:g').attr('class', 'brush-strip');
  g.append('rect').attr('width', width).attr('height', height).style('fill', SUBTLE).style('stroke', RULE);
  g.append('g')
    .attr('class', 'brush-ticks')
    .selectAll('line')
    .data(dates)
    .join('line')
    .attr('x1', (date) => x(date))
    .attr('x2', (date) => x(date))
    .attr('y1', height * 0.3)
    .attr('y2', height * 0.7)
    .style('stroke', MUTED)
    .attr('stroke-opacity', 0.6);
  g.append(() => timeAxisMark(x, { innerHeight: height }, options.granularity)).attr('class', 'axis axis-brush');
  g.append('text').attr('x', 4).attr('y', -4).attr('font-size', 11).style('fill', MUTED).text('Drag here to zoom the time axis');

  const brush = brushX<undefined>().extent([
    [0, 0],
    [width, height],
  ]);
  const brushLayer = g
    .append('g')
    .attr('class', 'brush')
    .attr('tabindex', 0)
    .attr('role', 'slider')
    .attr('aria-label', 'Zoom the time axis: drag with the pointer; arrow keys pan, plus and minus zoom, Escape shows everything');
  const toSpan = (pixels: [number, number] | null): [Date, Date] | null => (pixels ? [x.invert(pixels[0]), x.invert(pixels[1])] : null);
  brush
    .on('brush', (event: D3BrushEvent<undefined>) => {
      if (event.sourceEvent) options.onBrush(toSpan(event.selection as [number, number] | null), false);
    })
    .on('end', (event: D3BrushEvent<undefined>) => {
      if (event.sourceEvent) options.onBrush(toSpan(event.selection as [number, number] | null), true);
    });
  brushLayer.call(brush);
  if (options.selection) brushLayer.call(brush.move, [x(options.selection[0]), x(options.selection[1])]);
  brushLayer.attr('aria-valuetext', spanText(options.selection));
  bindBrushKeys(brushLayer, brush, x, options);
  return g.node()!;
}

function spanText(span: readonly [Date, Date] | null): string {
  return span ? `${formatMonthYear(span[0])} to ${formatMonthYear(span[1])}` : 'everything';
}

function bindBrushKeys(layer: Selection<SVGGElement, undefined, null, undefined>, brush: ReturnType<typeof brushX<undefined>>, x: ScaleTime<number, number>, options: BrushStripOptions): void {
  let current: [number, number] | null = options.selection ? [x(options.selection[0]), x(options.selection[1])] : null;
  brush.on('brush.keys end.keys', (event: D3BrushEvent<undefined>) => {
    current = event.selection as [number, number] | null;
  });
  layer.on('keydown', (event: KeyboardEvent) => {
    const [low, high] = current ?? [0, options.width];
    const span = high - low;
    let next: [number, number] | null;
    if (event.key === 'ArrowLeft') next = [Math.max(0, low - span * KEY_STEP), Math.max(0, low - span * KEY_STEP) + span];
    else if (event.key === 'ArrowRight') next = [Math.min(options.width, high + span * KEY_STEP) - span, Math.min(options.width, high + span * KEY_STEP)];
    else if (event.key === '-' || event.key === 'ArrowDown') next = [low + span * KEY_STEP, high - span * KEY_STEP];
    else if (event.key === '+' || event.key === '=' || event.key === 'ArrowUp') next = [Math.max(0, low - span * KEY_STEP), Math.min(options.width, high + span * KEY_STEP)];
    else if (event.key === 'Escape') next = null;
    else return;
    event.preventDefault();
    if (next && (next[1] - next[0] < 4 || (next[0] <= 0 && next[1] >= options.width))) next = next[1] - next[0] < 4 ? current : null;
    current = next;
    layer.call(brush.move, next);
    const span2 = next ? ([x.invert(next[0]), x.invert(next[1])] as [Date, Date]) : null;
    layer.attr('aria-valuetext', spanText(span2));
    options.onBrush(span2, true);
  });
}
