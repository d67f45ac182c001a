import { useEffect, useRef } from 'preact/hooks';

interface ChartFrameProps<Data> {
  readonly data: Data;
  readonly render: (container: HTMLElement, data: Data, size: { width: number; height: number }) => { destroy(): void };
  readonly height: number;
  readonly label: string;
}

/** Hosts a D3 chart: renders it at the container's width and redraws on resize or new data. */
export function ChartFrame<Data>({ data, render, height, label }: ChartFrameProps<Data>) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let chart = render(element, data, { width: Math.max(element.clientWidth, 320), height });
    const observer = new ResizeObserver(() => {
      chart.destroy();
      chart = render(element, data, { width: Math.max(element.clientWidth, 320), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [data, render, height]);
  return <div class="chart-frame" ref={container} aria-label={label} />;
}
