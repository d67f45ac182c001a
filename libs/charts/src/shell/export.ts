const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE_HEIGHT = 15;
const TITLE_HEIGHT = 26;
const CHARACTER_WIDTH = 6.2;

/** What an exported chart carries besides its marks. */
export interface ExportCaption {
  /** Drawn above the chart, bold. */
  readonly title: string;
  /** Drawn under it: the source line, coverage, the address of the view. */
  readonly lines: readonly string[];
  /** The day of the export ("Exported 2026-11-30"). */
  readonly date: Date;
}

/** Splits text into lines of at most `characters` characters, at spaces where it can. */
export function wrapText(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let piece = word; piece.length > 0; piece = piece.slice(characters)) {
      const chunk = piece.slice(0, characters);
      if (line && line.length + 1 + chunk.length > characters) {
        lines.push(line);
        line = chunk;
      } else line = line ? `${line} ${chunk}` : chunk;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function text(doc: Document, content: string, y: number, size: number, fill: string, weight = 400): SVGTextElement {
  const element = doc.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', '8');
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', String(weight));
  element.setAttribute('font-family', 'system-ui, sans-serif');
  element.setAttribute('fill', fill);
  element.textContent = content;
  return element;
}

/**
 * A copy of a chart's SVG that stands on its own: the title above, the source lines and the export date
 * under it, a white background and the light theme's colours, and no controls (the shell's
 * `data-export="omit"` groups, such as the brush strip, and keyboard tab stops are left out).
 */
export function exportableSvg(svg: SVGSVGElement, caption: ExportCaption): { text: string; width: number; height: number } {
  const doc = svg.ownerDocument;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const control of copy.querySelectorAll('[data-export="omit"]')) control.remove();
  for (const focusable of copy.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex');
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const controls = svg.querySelector<SVGGraphicsElement>('[data-export="omit"]');
  // The controls sit between the plot and the legend: the legend moves up by their height.
  const controlHeight = controls ? controlsHeight(controls) : 0;
  const chartHeight = (Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height) - controlHeight;
  if (controlHeight > 0) for (const legend of copy.querySelectorAll(':scope > g.legend')) shiftUp(legend, controlHeight);
  const characters = Math.floor((width - 16) / CHARACTER_WIDTH);
  const titleLines = wrapText(caption.title, Math.floor(characters * 0.8));
  const lines = [...caption.lines, `Exported ${caption.date.toISOString().slice(0, 10)}`].flatMap((line) => wrapText(line, characters));
  const top = titleLines.length * TITLE_HEIGHT;
  const height = top + chartHeight + 10 + lines.length * LINE_HEIGHT;
  const chart = doc.createElementNS(SVG_NS, 'svg');
  for (const attribute of ['class', 'font-family', 'font-size', 'viewBox']) if (copy.hasAttribute(attribute)) chart.setAttribute(attribute, copy.getAttribute(attribute)!);
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  chart.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  chart.append(...copy.childNodes);
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('color', '#1d2433');
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  root.append(background);
  titleLines.forEach((line, index) => root.append(text(doc, line, (index + 1) * TITLE_HEIGHT - 8, 16, '#1d2433', 700)));
  root.append(chart);
  lines.forEach((line, index) => root.append(text(doc, line, top + chartHeight + 10 + (index + 1) * LINE_HEIGHT - 4, 11, index === 0 ? '#1d2433' : '#5b6475')));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

/** How much height the controls take: from their translate to the next group's, read off the transforms. */
function controlsHeight(controls: SVGGraphicsElement): number {
  const offsetOf = (element: Element | null): number | null => {
    const match = /translate\(\s*[-\d.]+\s*,\s*([-\d.]+)\s*\)/.exec(element?.getAttribute('transform') ?? '');
    return match ? Number(match[1]) : null;
  };
  const start = offsetOf(controls.firstElementChild);
  const legend = controls.ownerSVGElement?.querySelector(':scope > g.legend') ?? null;
  const end = offsetOf(legend);
  return start !== null && end !== null && end > start ? end - start + 0 : 0;
}

function shiftUp(element: Element, by: number): void {
  const transform = element.getAttribute('transform') ?? '';
  element.setAttribute('transform', transform.replace(/translate\(\s*([-\d.]+)\s*,\s*([-\d.]+)\s*\)/, (_, x: string, y: string) => `translate(${x},${Number(y) - by})`));
}
