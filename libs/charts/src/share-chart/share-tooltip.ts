import { bisectLeft, pointer, select, type ScaleLinear, type ScaleTime } from 'd3';
import { TOOLTIP_FRAME } from '../interactions/mark-tooltips.js';
import { dotY, type PlacedPoint, type PlacedSeries, type SeriesLayout } from '../marks/placed-series.js';
import type { PeriodPoint } from '../periods.js';
import { timed } from '../timing.js';
import type { Tooltip, TooltipContent } from '../tooltip.js';

export interface ShareTooltipBinding<Point extends PeriodPoint> {
  readonly svg: SVGSVGElement;
  readonly plot: SVGGElement;
  readonly tooltip: Tooltip;
  readonly margin: { readonly left: number; readonly top: number };
  /** The current scales (x changes with the zoom). */
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly layout: SeriesLayout;
  readonly series: readonly PlacedSeries<Point>[];
  readonly contentOf: (point: PlacedPoint<Point>) => TooltipContent;
}

const REACH = 48;

/**
 * Tooltips for the share chart: the point under the pointer (or the nearest one in the nearest period,
 * found by bisection so a 20 × 120 chart stays fast), and the focused point for keyboard users. A ring
 * marks the point the tooltip describes.
 */
export function bindShareTooltip<Point extends PeriodPoint>(binding: ShareTooltipBinding<Point>): void {
  const { svg, plot, tooltip, margin, x, y, layout } = binding;
  const byDate = new Map<number, PlacedPoint<Point>[]>();
  for (const entry of binding.series) {
    for (const point of entry.points) {
      const list = byDate.get(point.date.getTime());
      if (list) list.push(point);
      else byDate.set(point.date.getTime(), [point]);
    }
  }
  const dates = [...byDate.keys()].sort((a, b) => a - b);
  const ring = select(plot).append('circle').attr('class', 'focus-ring').attr('r', 8).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 2).attr('pointer-events', 'none').attr('display', 'none');

  const show = (point: PlacedPoint<Point>): void => {
    const cx = x(point.date);
    const cy = y(dotY(point, layout));
    ring.attr('cx', cx).attr('cy', cy).attr('display', null);
    tooltip.show(binding.contentOf(point), cx + margin.left, cy + margin.top);
  };
  const hide = (): void => {
    ring.attr('display', 'none');
    tooltip.hide();
  };
  const nearest = (mx: number, my: number): PlacedPoint<Point> | undefined => {
    const at = bisectLeft(dates, x.invert(mx).getTime());
    const candidates = [dates[at - 1], dates[at]].filter((date): date is number => date !== undefined);
    const date = candidates.sort((a, b) => Math.abs(x(a) - mx) - Math.abs(x(b) - mx))[0];
    if (date === undefined || Math.abs(x(date) - mx) > REACH) return undefined;
    const points = byDate.get(date) ?? [];
    if (layout === 'stacked') {
      const inside = points.find((point) => y(point.high) <= my && my <= y(point.low));
      if (inside) return inside;
    }
    return [...points].sort((a, b) => Math.abs(y(dotY(a, layout)) - my) - Math.abs(y(dotY(b, layout)) - my))[0];
  };

  select(plot)
    .on('pointermove.tip', (event: PointerEvent) =>
      timed(TOOLTIP_FRAME, () => {
        const target = event.target as Element;
        if (target.closest('.event-marker, .missing-mark')) return;
        const point = target.matches('circle.point') ? select<Element, PlacedPoint<Point>>(target).datum() : nearest(...pointer(event, plot));
        if (point) show(point);
        else hide();
      }),
    )
    .on('pointerleave.tip', hide);
  svg.addEventListener('focus', (event) => {
    const target = event.target as Element;
    if (target.matches?.('circle.point')) timed(TOOLTIP_FRAME, () => show(select<Element, PlacedPoint<Point>>(target).datum()));
  }, true);
  svg.addEventListener('blur', (event) => {
    if ((event.target as Element).matches?.('circle.point')) hide();
  }, true);
}
