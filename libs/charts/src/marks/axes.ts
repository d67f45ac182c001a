import { axisBottom, axisLeft, axisRight, create, select, utcFormat, utcMonth, utcYear, type AxisDomain, type AxisScale, type ScaleTime, type TimeInterval } from 'd3';
import type { Frame } from '../options.js';
import type { PeriodGranularity, PeriodPoint } from '../periods.js';

const ORDER: readonly PeriodGranularity[] = ['day', 'month', 'quarter', 'year'];

/** The finest granularity among the points (month when none says): the axis never ticks finer than the data. */
export function granularityOf(points: readonly PeriodPoint[]): PeriodGranularity {
  let finest: PeriodGranularity | null = null;
  for (const point of points) {
    if (point.granularity && (finest === null || ORDER.indexOf(point.granularity) < ORDER.indexOf(finest))) finest = point.granularity;
  }
  return finest ?? 'month';
}

interface TickStep {
  readonly interval: TimeInterval;
  readonly format: (date: Date) => string;
  /** Pixels a label needs, with room between neighbours. */
  readonly spacing: number;
}

const monthYear = utcFormat('%b %Y');
const year = utcFormat('%Y');
const quarter = (date: Date): string => `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
const months = (count: number, format: (date: Date) => string, spacing: number): TickStep => ({ interval: utcMonth.every(count)!, format, spacing });
const years = (count: number): TickStep => ({ interval: utcYear.every(count)!, format: year, spacing: 44 });
const YEAR_STEPS = [years(1), years(2), years(5), years(10), years(20)];

/** Tick steps from the finest the data allows to the coarsest: a month's data never gets weekly ticks. */
const STEPS: Readonly<Record<PeriodGranularity, readonly TickStep[]>> = {
  day: [months(1, monthYear, 72), months(3, monthYear, 72), months(6, monthYear, 72), ...YEAR_STEPS],
  month: [months(1, monthYear, 72), months(2, monthYear, 72), months(3, monthYear, 72), months(6, monthYear, 72), ...YEAR_STEPS],
  quarter: [months(3, quarter, 64), months(6, quarter, 64), ...YEAR_STEPS],
  year: YEAR_STEPS,
};

/**
 * Ticks at period starts in the data's granularity (months, quarters or years), as many as fit the width:
 * every label names one period, once, and a point sits over the tick of its own period.
 */
export function timeTicks(x: ScaleTime<number, number>, granularity: PeriodGranularity): { ticks: Date[]; format: (date: Date) => string } {
  const [start, end] = x.domain() as [Date, Date];
  const [left, right] = x.range() as [number, number];
  const width = Math.abs(right - left);
  const steps = STEPS[granularity];
  for (const step of steps) {
    const ticks = step.interval.range(start, new Date(end.getTime() + 1));
    if (ticks.length * step.spacing <= width || step === steps[steps.length - 1]) return { ticks, format: step.format };
  }
  return { ticks: [], format: year };
}

/** The time axis along the bottom of the plotting area, ticking by the data's granularity. */
export function timeAxisMark(x: ScaleTime<number, number>, frame: Pick<Frame, 'innerHeight'>, granularity: PeriodGranularity): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-x').attr('data-granularity', granularity).attr('transform', `translate(0,${frame.innerHeight})`);
  updateTimeAxis(g.node()!, x);
  return g.node()!;
}

/** Redraws a time axis for a new domain (a zoom), keeping its granularity. */
export function updateTimeAxis(g: SVGGElement, x: ScaleTime<number, number>): void {
  const granularity = (g.getAttribute('data-granularity') ?? 'month') as PeriodGranularity;
  const { ticks, format } = timeTicks(x, granularity);
  select(g).call(axisBottom(x).tickValues(ticks).tickFormat((value) => format(value as Date)));
}

/** The y axis with light grid lines across the plotting area. */
export function axisYMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, label?: string, labelY = -12): SVGGElement {
  const axis = axisLeft(scale).ticks(5).tickSizeInner(-frame.innerWidth);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-y');
  g.call(axis);
  g.selectAll('.tick line').attr('stroke-opacity', 0.12);
  if (label) {
    g.append('text').attr('class', 'axis-label').attr('x', -frame.margin.left + 4).attr('y', labelY).attr('fill', 'currentColor').attr('text-anchor', 'start').text(label);
  }
  return g.node()!;
}

/** A second y axis on the right (another unit over the same periods), without grid lines. */
export function axisYRightMark<Domain extends AxisDomain>(scale: AxisScale<Domain>, frame: Frame, format?: (value: Domain) => string, label?: string, labelY = -12): SVGGElement {
  const axis = axisRight(scale).ticks(5);
  if (format) axis.tickFormat((value) => format(value as Domain));
  const g = create<SVGGElement>('svg:g').attr('class', 'axis axis-y-right').attr('transform', `translate(${frame.innerWidth},0)`);
  g.call(axis);
  if (label) {
    g.append('text').attr('class', 'axis-label').attr('x', frame.margin.right - 4).attr('y', labelY).attr('fill', 'currentColor').attr('text-anchor', 'end').text(label);
  }
  return g.node()!;
}
