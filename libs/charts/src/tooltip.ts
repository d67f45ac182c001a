export interface TooltipContent {
  readonly title: string;
  /** Label/value rows. */
  readonly rows: ReadonlyArray<readonly [string, string]>;
  /** Smaller lines under the rows (notes, citation). */
  readonly footnotes: readonly string[];
}

/**
 * A tooltip owned by a chart container. Content is set as text, never HTML: labels that look like
 * markup or formulas are shown as they are, inertly.
 */
export class Tooltip {
  readonly element: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.element = container.ownerDocument.createElement('div');
    this.element.className = 'chart-tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    container.append(this.element);
  }

  /** Shows the content beside (x, y), on the left of it when the right side has no room. */
  show(content: TooltipContent, x: number, y: number): void {
    const doc = this.element.ownerDocument;
    const title = doc.createElement('strong');
    title.textContent = content.title;
    const table = doc.createElement('dl');
    for (const [label, value] of content.rows) {
      const term = doc.createElement('dt');
      term.textContent = label;
      const detail = doc.createElement('dd');
      detail.textContent = value;
      table.append(term, detail);
    }
    const notes = content.footnotes.map((line) => {
      const paragraph = doc.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    });
    this.element.replaceChildren(title, table, ...notes);
    this.element.hidden = false;
    const room = (this.element.parentElement?.clientWidth ?? Infinity) - x;
    const left = room < this.element.offsetWidth + 12 ? x - this.element.offsetWidth - 12 : x + 12;
    this.element.style.left = `${Math.max(0, left)}px`;
    this.element.style.top = `${y + 12}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  remove(): void {
    this.element.remove();
  }
}
