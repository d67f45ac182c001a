const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE_HEIGHT = 15;
const CHARACTER_WIDTH = 6.2;

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

/**
 * A copy of a chart's SVG that stands on its own: a white background, the text colour resolved, and the
 * title, citations and the link that reopens the view written under the chart — an exported chart still
 * says where its numbers came from.
 */
export function exportableSvg(svg: SVGSVGElement, caption: readonly string[]): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const chartHeight = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  const lines = caption.flatMap((text) => wrapText(text, Math.floor((width - 16) / CHARACTER_WIDTH)));
  const height = chartHeight + 10 + lines.length * LINE_HEIGHT;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('color', '#1d2433');
  for (const focusable of copy.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  copy.prepend(background);
  lines.forEach((line, index) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '8');
    text.setAttribute('y', String(chartHeight + 10 + (index + 1) * LINE_HEIGHT - 4));
    text.setAttribute('font-size', '11');
    text.setAttribute('font-family', 'system-ui, sans-serif');
    text.setAttribute('fill', index === 0 ? '#1d2433' : '#5b6475');
    text.textContent = line;
    copy.append(text);
  });
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
}

/** Draws the SVG on a canvas (twice the size, for sharp text) and returns it as a PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
