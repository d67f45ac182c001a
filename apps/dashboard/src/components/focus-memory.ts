const KEYS = ['data-key', 'data-period', 'data-id'] as const;

function describe(element: Element): string {
  const name = element.classList[0];
  const attributes = KEYS.filter((key) => element.hasAttribute(key))
    .map((key) => `[${key}="${CSS.escape(element.getAttribute(key)!)}"]`)
    .join('');
  return `${element.tagName.toLowerCase()}${name ? `.${CSS.escape(name)}` : ''}${attributes}`;
}

/**
 * A selector for the element focused inside `root` (a legend button, a point, the brush), so the same
 * element can be focused again after the chart is redrawn; null when the focus is elsewhere.
 */
export function focusedSelector(root: Element): string | null {
  const active = root.ownerDocument.activeElement;
  if (!active || active === root || !root.contains(active)) return null;
  const keyed = active.parentElement?.closest('[data-key]');
  return keyed && root.contains(keyed) ? `${describe(keyed)} ${describe(active)}` : describe(active);
}

export function restoreFocus(root: Element, selector: string | null): void {
  if (!selector) return;
  const element = root.querySelector<HTMLElement | SVGElement>(selector);
  element?.focus();
}
