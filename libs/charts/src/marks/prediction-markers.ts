import { create, type ScaleLinear, type ScaleTime } from 'd3';
import { PAPER } from '../shell/theme.js';

/** A published prediction (Gartner, IDC…) drawn where it pointed, with the actual it was scored against. */
export interface PredictionMarker {
  readonly key: string;
  /** The start of the period the prediction was about. */
  readonly date: Date;
  readonly value: number;
  /** A short label drawn beside the marker ("Gartner, 2001-10"). */
  readonly label: string;
  /** The measurement the scorecard compares it with, where there is one. */
  readonly actual?: { readonly date: Date; readonly value: number } | null;
  /** Hit or miss by the scorecard's rule; null when unscored. */
  readonly hit?: boolean | null;
  /** What the tooltip says (the claim, the actual, flags, sources). */
  readonly lines: readonly string[];
}

export const PREDICTION_COLOR = '#6b3fa0';
const DIAMOND = 'M0,-7L7,0L0,7L-7,0Z';

/**
 * A diamond per prediction at its target period and value, a square at the actual it was scored against
 * (joined by a thin dotted line), and a label. Each prediction is one tab stop with the tooltip.
 */
export function predictionMarkersMark(markers: readonly PredictionMarker[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'prediction-markers');
  // A label near the right edge goes on the marker's left, so it stays inside the plot.
  const onLeft = (datum: PredictionMarker): boolean => x(datum.date) + 10 + datum.label.length * 6 > (x.range()[1] ?? 0);
  const marker = g
    .selectAll('g')
    .data(markers)
    .join('g')
    .attr('class', 'prediction')
    .attr('data-key', (datum) => datum.key);
  marker
    .filter((datum) => Boolean(datum.actual))
    .append('line')
    .attr('class', 'prediction-link')
    .attr('x1', (datum) => x(datum.date))
    .attr('y1', (datum) => y(datum.value))
    .attr('x2', (datum) => x(datum.actual!.date))
    .attr('y2', (datum) => y(datum.actual!.value))
    .attr('stroke', PREDICTION_COLOR)
    .attr('stroke-width', 1.2)
    .attr('stroke-dasharray', '2 3');
  marker
    .filter((datum) => Boolean(datum.actual))
    .append('rect')
    .attr('class', 'prediction-actual')
    .attr('x', (datum) => x(datum.actual!.date) - 4.5)
    .attr('y', (datum) => y(datum.actual!.value) - 4.5)
    .attr('width', 9)
    .attr('height', 9)
    .attr('fill', PREDICTION_COLOR);
  marker
    .append('path')
    .attr('class', 'prediction-marker')
    .attr('transform', (datum) => `translate(${x(datum.date)},${y(datum.value)})`)
    .attr('d', DIAMOND)
    .style('fill', PAPER)
    .attr('stroke', PREDICTION_COLOR)
    .attr('stroke-width', 2)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (datum) => `Prediction: ${datum.label}. ${datum.lines.join(' ')}`)
    .attr('cursor', 'help');
  marker
    .append('text')
    .attr('class', 'prediction-label')
    .attr('x', (datum) => x(datum.date) + (onLeft(datum) ? -10 : 10))
    .attr('y', (datum) => y(datum.value) - 8)
    .attr('text-anchor', (datum) => (onLeft(datum) ? 'end' : 'start'))
    .attr('font-size', 11)
    .attr('fill', PREDICTION_COLOR)
    .attr('pointer-events', 'none')
    .text((datum) => datum.label);
  return g.node()!;
}
