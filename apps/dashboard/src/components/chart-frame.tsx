import { useEffect, useRef } from 'preact/hooks';
import { measureChartRender } from '../perf/chart-timing';
import { focusedSelector, restoreFocus } from './focus-memory';

interface ChartFrameProps<Data> {
  readonly data: Data;
  readonly render: (container: HTMLElement, data: Data, size: { width: number; height: number }) => { destroy(): void };
  readonly height: number;
  readonly label: string;
}

/** The width a chart is drawn at for print: an A4 or Letter page's text width, less the card's padding. */
const PRINT_WIDTH = 660;
/** Narrower than this, a chart's axes and legend no longer fit: it scales down instead (see styles.css). */
const MIN_WIDTH = 240;

const printMedia = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * Hosts a D3 chart: renders it at the container's width and redraws on resize or new data. A redraw keeps
 * the keyboard focus on the same element (the legend item just toggled, the brush just moved). For print
 * the chart is redrawn at the page's width, so its text prints at its own size rather than scaled down.
 */
export function ChartFrame<Data>({ data, render, height, label }: ChartFrameProps<Data>) {
  const container = useRef<HTMLDivElement>(null);
  const focus = useRef<string | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const media = printMedia();
    let printing = media?.matches ?? false;
    const draw = () => measureChartRender(label, () => render(element, data, { width: printing ? PRINT_WIDTH : Math.max(element.clientWidth, MIN_WIDTH), height }));
    let chart = draw();
    restoreFocus(element, focus.current);
    focus.current = null;
    const redraw = () => {
      const focused = focusedSelector(element);
      chart.destroy();
      chart = draw();
      restoreFocus(element, focused);
    };
    const setPrinting = (value: boolean) => {
      if (printing === value) return;
      printing = value;
      redraw();
    };
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (printing || element.clientWidth === width) return;
      width = element.clientWidth;
      redraw();
    });
    observer.observe(element);
    const onMediaChange = (event: MediaQueryListEvent) => setPrinting(event.matches);
    const beforePrint = () => setPrinting(true);
    const afterPrint = () => setPrinting(media?.matches ?? false);
    media?.addEventListener('change', onMediaChange);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', onMediaChange);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      focus.current = focusedSelector(element);
      chart.destroy();
    };
  }, [data, render, height]);
  // The chart's SVG names itself (its <title> and <desc>); the frame is only where it is drawn.
  return <div class="chart-frame" ref={container} data-chart={label} style={{ minHeight: `${height}px` }} />;
}
