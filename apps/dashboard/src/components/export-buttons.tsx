import { useState } from 'preact/hooks';
import { downloadBlob, downloadCsv } from '../export/download';
import { exportableSvg, svgToPng } from '../export/exportable-svg';

export interface ChartExport {
  /** File name without extension. */
  readonly fileName: string;
  /** What the chart is called, for the buttons' labels. */
  readonly title: string;
  /** Lines written under an exported SVG or PNG: what it shows, its sources, the link to the view. */
  readonly caption: readonly string[];
  /** The CSV of exactly what the chart shows, citations included. */
  readonly csv: () => string;
}

interface ExportButtonsProps extends ChartExport {
  readonly svg: () => SVGSVGElement | null;
}

/** SVG, PNG and CSV downloads of one chart; a failure is said next to the buttons. */
export function ExportButtons({ fileName, title, caption, csv, svg }: ExportButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const drawn = () => {
    const element = svg();
    if (!element) throw new Error('The chart is not drawn yet.');
    return exportableSvg(element, [...caption, `Exported from ${window.location.href}`]);
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
      <button type="button" class="button button-small button-secondary" aria-label={`Download ${title} as SVG`} onClick={run(() => downloadBlob(`${fileName}.svg`, new Blob([drawn().text], { type: 'image/svg+xml' })))}>
        SVG
      </button>
      <button type="button" class="button button-small button-secondary" aria-label={`Download ${title} as PNG`} onClick={run(async () => downloadBlob(`${fileName}.png`, await svgToPng(drawn())))}>
        PNG
      </button>
      <button type="button" class="button button-small button-secondary" aria-label={`Download ${title} as CSV`} onClick={run(() => downloadCsv(`${fileName}.csv`, csv()))}>
        CSV
      </button>
      {problem && (
        <span class="status status-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
