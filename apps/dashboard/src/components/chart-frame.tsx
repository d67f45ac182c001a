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
    const draw = () => measureChartRender(label, () => render(element, data, { width: printing ? PRINT_WIDTH : Math.max(element.clientWidth, 320), height }));
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
  return <div class="chart-frame" ref={container} aria-label={label} style={{ minHeight: `${height}px` }} />;
}
