export const FIRST_CHART = 'marketlens:first-chart';
export const CHART_RENDER = 'marketlens:chart-render';

let firstChartDrawn = false;

/**
 * Draws a chart between performance marks: every draw is a `marketlens:chart-render` measure, and the
 * first chart of a page load also gets `marketlens:first-chart`, measured from the navigation's start
 * (the time origin), which the browser tests read.
 */
export function measureChartRender<Result>(chartName: string, draw: () => Result): Result {
  const start = performance.now();
  const result = draw();
  const end = performance.now();
  performance.measure(CHART_RENDER, { start, end, detail: chartName });
  if (!firstChartDrawn) {
    firstChartDrawn = true;
    performance.mark(`${FIRST_CHART}:drawn`, { startTime: end, detail: chartName });
    performance.measure(FIRST_CHART, { start: 0, end, detail: chartName });
  }
  return result;
}
