import type { Selection } from 'd3';
import { PAPER } from '../shell/theme.js';

/** Tile shapes drawn over a band's colour, by the series' place: bands differ by more than colour. */
const TILES: readonly (string | null)[] = [null, 'M0,8L8,0', 'M2,2h1v1h-1z M6,6h1v1h-1z', 'M0,4H8', 'M0,8L8,0M0,0L8,8', 'M4,0V8', 'M0,0L8,8', 'M0,2H8M0,6H8'];

/** The fill over the band of the series at `index`: `url(#…)` of a pattern `fillPatterns` defined, or null (plain colour). */
export function patternFill(prefix: string, index: number): string | null {
  return TILES[index % TILES.length] === null ? null : `url(#${prefix}-${index % TILES.length})`;
}

/** Adds one pattern per tile to `defs`, with ids `${prefix}-${index}`. */
export function fillPatterns(defs: Selection<SVGDefsElement, undefined, null, undefined>, prefix: string): void {
  TILES.forEach((tile, index) => {
    if (!tile) return;
    defs
      .append('pattern')
      .attr('id', `${prefix}-${index}`)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 8)
      .attr('height', 8)
      .append('path')
      .attr('d', tile)
      .attr('fill', 'none')
      .attr('stroke-width', 1.2)
      .attr('stroke-opacity', 0.7)
      .style('stroke', PAPER);
  });
}
