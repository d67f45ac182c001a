import { select } from 'd3';
import type { Tooltip, TooltipContent } from '../tooltip.js';
import { timed } from '../timing.js';

export const TOOLTIP_FRAME = 'marketlens:tooltip-frame';

/**
 * Shows a tooltip while the pointer is over, or the keyboard focus is on, an element matching `selector`
 * (event markers, missing-period marks, nodes…). `place` gives the tooltip's anchor in container pixels.
 */
export function bindMarkTooltips<Datum>(
  root: SVGElement,
  selector: string,
  tooltip: Tooltip,
  contentOf: (datum: Datum) => TooltipContent,
  place: (datum: Datum) => readonly [number, number],
): void {
  const show = (event: Event): void => {
    timed(TOOLTIP_FRAME, () => {
      const element = event.currentTarget as Element;
      const datum = select<Element, Datum>(element).datum();
      const [x, y] = place(datum);
      tooltip.show(contentOf(datum), x, y);
    });
  };
  select(root)
    .selectAll<Element, Datum>(selector)
    .on('pointerenter.tip focus.tip', show)
    .on('pointerleave.tip blur.tip', () => tooltip.hide());
}
