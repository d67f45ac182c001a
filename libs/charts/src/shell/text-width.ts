let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * How wide a text is drawn, in pixels: measured with the browser's fonts where there is a canvas, else
 * estimated on the wide side (so labels placed from it never overlap).
 */
export function textWidth(text: string, fontSize = 12, weight = 400): number {
  if (context === undefined) context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${weight} ${fontSize}px system-ui, sans-serif`;
  return context.measureText(text).width;
}
