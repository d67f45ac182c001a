const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** How points line up: `along` a row (a series: ←/→, Home/End) and `across` it (↑/↓). */
export interface RovingGrid {
  readonly along: (point: Element) => Element[];
  readonly across?: (point: Element) => Element[];
}

/**
 * Keyboard navigation over a grid of points with one tab stop. The focused point becomes the tab stop,
 * so Tab comes back to it; points a zoom has hidden are skipped.
 */
export function bindGridFocus(root: SVGElement, pointSelector: string, grid: RovingGrid): void {
  root.addEventListener('keydown', (event) => {
    const current = event.target as Element;
    if (!KEYS.has(event.key) || !current.matches?.(pointSelector)) return;
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    const line = shown(vertical ? (grid.across?.(current) ?? []) : grid.along(current));
    const index = line.indexOf(current);
    const next =
      event.key === 'Home' ? line[0] : event.key === 'End' ? line[line.length - 1] : line[index + (event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1)];
    if (!next || index === -1) return;
    event.preventDefault();
    current.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as SVGElement).focus();
  });
}

/**
 * Grid navigation where each group (`groupSelector`) is a row: ←/→ along the group, ↑/↓ to the point of
 * the same period in the previous or next group.
 */
export function bindRovingFocus(root: SVGElement, pointSelector: string, groupSelector: string): void {
  bindGridFocus(root, pointSelector, {
    along: (point) => [...(point.closest(groupSelector)?.querySelectorAll(pointSelector) ?? [])],
    across: (point) => {
      const period = point.getAttribute('data-period');
      return [...root.querySelectorAll(groupSelector)].flatMap((group) => [...group.querySelectorAll(pointSelector)].filter((candidate) => candidate === point || (period !== null && candidate.getAttribute('data-period') === period)).slice(0, 1));
    },
  });
}

/** Points a zoom has not hidden (the dot itself or its period's group). */
function shown(points: readonly Element[]): Element[] {
  return points.filter((point) => point.getAttribute('display') !== 'none' && point.parentElement?.getAttribute('display') !== 'none');
}
