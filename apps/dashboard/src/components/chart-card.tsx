import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { ChartDataTable } from './data-table';
import { ExportButtons, type ChartExport } from './export-buttons';

interface ChartCardProps {
  readonly title: string;
  /** Short class name of the card ("share-card"), for styling and tests. */
  readonly name: string;
  readonly exports: ChartExport;
  readonly children: ComponentChildren;
  /** Text under the chart (coverage, notes). */
  readonly footer?: ComponentChildren;
}

/** A chart with its heading, its SVG/PNG/PDF/CSV downloads and its data as a table. */
export function ChartCard({ title, name, exports, children, footer }: ChartCardProps) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <figure class={`chart-card ${name}`} aria-label={title}>
      <figcaption class="chart-card-header">
        <h3>{title}</h3>
        <ExportButtons {...exports} svg={() => body.current?.querySelector('svg') ?? null} />
      </figcaption>
      <div ref={body}>{children}</div>
      {footer}
      <ChartDataTable title={exports.title} csv={exports.csv} />
    </figure>
  );
}
