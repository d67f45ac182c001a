import { create, line, select, symbol, symbolCircle, symbolSquare, symbolTriangle, type ScaleLinear, type ScaleTime } from 'd3';
import { periodRuns, type PeriodPoint } from '../periods.js';
import { PAPER } from '../shell/theme.js';

/** One period's concentration among the products the source compared. */
export interface ConcentrationPeriod extends PeriodPoint {
  /** Herfindahl–Hirschman index, 0–10,000. */
  readonly hhi: number;
  /** Largest share, 0–1. */
  readonly cr1: number;
  /** Three largest shares, 0–1. */
  readonly cr3: number;
  /** How many products the shares are among. */
  readonly compared: number;
  /** Products of the view the source did not report this period. */
  readonly missing: readonly string[];
}

export interface ConcentrationScales {
  readonly x: ScaleTime<number, number>;
  /** HHI, 0–10,000. */
  readonly index: ScaleLinear<number, number>;
  /** CR1 and CR3, 0–1. */
  readonly ratio: ScaleLinear<number, number>;
}

export const CONCENTRATION_MEASURES = [
  { key: 'hhi', label: 'HHI (left axis)', color: '#2f5d8a', dash: '', shape: symbolCircle },
  { key: 'cr1', label: 'CR1 (right axis)', color: '#c2571a', dash: '6 3', shape: symbolSquare },
  { key: 'cr3', label: 'CR3 (right axis)', color: '#3b8245', dash: '2 3', shape: symbolTriangle },
] as const;

type MeasureKey = (typeof CONCENTRATION_MEASURES)[number]['key'];

/**
 * HHI, CR1 and CR3 per period: a line per measure across adjacent periods only, and a marker per period
 * (hollow where the period's shares leave products out). Shapes and dashes tell the measures apart
 * without relying on colour.
 */
export function concentrationLinesMark(periods: readonly ConcentrationPeriod[], scales: ConcentrationScales): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'concentration-lines');
  const order = new Map(periods.map((period, index) => [period.period, index]));
  const runs = periodRuns(periods, order).filter((run) => run.length > 1);
  for (const measure of CONCENTRATION_MEASURES) {
    const group = g.append('g').attr('class', 'measure').attr('data-measure', measure.key);
    group.selectAll('path').data(runs).join('path').attr('class', 'run').attr('fill', 'none').attr('stroke', measure.color).attr('stroke-width', 2).attr('stroke-dasharray', measure.dash || null);
    group
      .selectAll('path.marker')
      .data(periods)
      .join('path')
      .attr('class', 'marker')
      .attr('data-period', (period) => period.period)
      .attr(`data-${measure.key}`, (period) => valueOf(period, measure.key).toFixed(4))
      .attr('d', symbol(measure.shape, 48)())
      .attr('fill', measure.color)
      .attr('data-hollow', (period) => (period.missing.length > 0 ? 'true' : null))
      .style('fill', (period) => (period.missing.length > 0 ? PAPER : null))
      .attr('stroke', measure.color)
      .attr('stroke-width', 1.5);
  }
  repositionConcentrationLines(g.node()!, scales);
  return g.node()!;
}

const valueOf = (period: ConcentrationPeriod, key: MeasureKey): number => period[key];

export function repositionConcentrationLines(g: SVGGElement, scales: ConcentrationScales): void {
  for (const measure of CONCENTRATION_MEASURES) {
    const y = measure.key === 'hhi' ? scales.index : scales.ratio;
    const path = line<ConcentrationPeriod>()
      .x((period) => scales.x(period.date))
      .y((period) => y(valueOf(period, measure.key)));
    const group = select(g).select(`g[data-measure="${measure.key}"]`);
    group.selectAll<SVGPathElement, ConcentrationPeriod[]>('path.run').attr('d', (run) => path(run));
    group.selectAll<SVGPathElement, ConcentrationPeriod>('path.marker').attr('transform', (period) => `translate(${scales.x(period.date)},${y(valueOf(period, measure.key))})`);
  }
}
