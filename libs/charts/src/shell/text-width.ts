let context: OffscreenCanvasRenderingContext2D | null | undefined;
const measured = new Map<string, number>();
const MAX_REMEMBERED = 2000;

/**
 * How wide a text is drawn, in pixels: measured with the browser's fonts where there is a canvas, else
 * estimated on the wide side (so labels placed from it never overlap). Remembered: a zoom re-places the
 * same labels every frame.
 */
export function textWidth(text: string, fontSize = 12, weight = 400): number {
  const key = `${fontSize}|${weight}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  let width = text.length * fontSize * 0.6;
  if (context) {
    context.font = `${weight} ${fontSize}px system-ui, sans-serif`;
    width = context.measureText(text).width;
  }
  if (measured.size >= MAX_REMEMBERED) measured.clear();
  measured.set(key, width);
  return width;
}
