import { useEffect, useRef } from 'preact/hooks';
import { measureChartRender } from '../perf/chart-timing';
import { focusedSelector, restoreFocus } from './focus-memory';

interface ChartFrameProps<Data> {
  readonly data: Data;
  readonly render: (container: HTMLElement, data: Data, size: { width: number; height: number }) => { destroy(): void };
  readonly height: number;
  readonly label: string;
}

/**
 * Hosts a D3 chart: renders it at the container's width and redraws on resize or new data. A redraw keeps
 * the keyboard focus on the same element (the legend item just toggled, the brush just moved).
 */
export function ChartFrame<Data>({ data, render, height, label }: ChartFrameProps<Data>) {
  const container = useRef<HTMLDivElement>(null);
  const focus = useRef<string | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const draw = () => measureChartRender(label, () => render(element, data, { width: Math.max(element.clientWidth, 320), height }));
    let chart = draw();
    restoreFocus(element, focus.current);
    focus.current = null;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      const focused = focusedSelector(element);
      chart.destroy();
      chart = draw();
      restoreFocus(element, focused);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      focus.current = focusedSelector(element);
      chart.destroy();
    };
  }, [data, render, height]);
  return <div class="chart-frame" ref={container} aria-label={label} style={{ minHeight: `${height}px` }} />;
}
