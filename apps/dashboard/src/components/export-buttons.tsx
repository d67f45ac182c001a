import { useState } from 'preact/hooks';
import { downloadBlob, downloadCsv } from '../export/download';
import { exportableSvg, svgToPdf, svgToPng } from '../export/exportable-svg';

export interface ChartExport {
  /** File name without extension. */
  readonly fileName: string;
  /** What the chart is called: the buttons' labels and the title an exported chart carries. */
  readonly title: string;
  /** Lines written under an exported chart: what it shows and its sources (the link to the view and the date follow). */
  readonly caption: readonly string[];
  /** The CSV of exactly what the chart shows, citations included. */
  readonly csv: () => string;
}

interface ExportButtonsProps extends ChartExport {
  readonly svg: () => SVGSVGElement | null;
}

const FORMATS = ['SVG', 'PNG', 'PDF', 'CSV'] as const;

/** SVG, PNG, PDF and CSV downloads of one chart; a failure is said next to the buttons. */
export function ExportButtons({ fileName, title, caption, csv, svg }: ExportButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const drawn = () => {
    const element = svg();
    if (!element) throw new Error('The chart is not drawn yet.');
    const heading = title.charAt(0).toUpperCase() + title.slice(1);
    return exportableSvg(element, { title: heading, lines: [...caption, `Exported from ${window.location.href}`], date: new Date() });
  };
  const save: Record<(typeof FORMATS)[number], () => Promise<void> | void> = {
    SVG: () => downloadBlob(`${fileName}.svg`, new Blob([drawn().text], { type: 'image/svg+xml' })),
    PNG: async () => downloadBlob(`${fileName}.png`, await svgToPng(drawn())),
    PDF: async () => downloadBlob(`${fileName}.pdf`, await svgToPdf(drawn(), title)),
    CSV: () => downloadCsv(`${fileName}.csv`, csv()),
  };
  const run = (work: () => Promise<void> | void) => async () => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="export-buttons" role="group" aria-label={`Download ${title}`}>
      <span class="export-label">Download</span>
      {FORMATS.map((format) => (
        <button key={format} type="button" class="button button-small button-secondary" aria-label={`Download ${title} as ${format}`} onClick={run(save[format])}>
          {format}
        </button>
      ))}
      {problem && (
        <span class="status status-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
