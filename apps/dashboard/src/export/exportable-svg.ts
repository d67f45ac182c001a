export { exportableSvg, wrapText, type ExportCaption } from '@marketlens/charts';

type DrawnSvg = { text: string; width: number; height: number };

/** Draws the SVG on a canvas (twice the size, for sharp text). */
async function svgToCanvas(svg: DrawnSvg, scale: number): Promise<HTMLCanvasElement> {
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
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The exported SVG as a PNG. */
export async function svgToPng(svg: DrawnSvg, scale = 2): Promise<Blob> {
  const canvas = await svgToCanvas(svg, scale);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}

/**
 * The exported SVG as a one-page PDF (jsPDF, loaded only when asked for): the page is the chart's own size
 * in points, the chart with its title, source and date drawn on it, and the title in the file's metadata.
 */
export async function svgToPdf(svg: DrawnSvg, title: string): Promise<Blob> {
  const [canvas, { jsPDF }] = await Promise.all([svgToCanvas(svg, 2), import('jspdf')]);
  const pdf = new jsPDF({ orientation: svg.width >= svg.height ? 'landscape' : 'portrait', unit: 'pt', format: [svg.width, svg.height], compress: true });
  pdf.setProperties({ title, creator: 'Marketlens' });
  pdf.addImage(canvas, 'PNG', 0, 0, svg.width, svg.height);
  return pdf.output('blob');
}
