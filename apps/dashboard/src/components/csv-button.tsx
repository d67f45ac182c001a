import { downloadCsv } from '../export/download';

interface CsvButtonProps {
  readonly fileName: string;
  /** What the CSV holds, for the button's label ("the estimates"). */
  readonly title: string;
  readonly csv: () => string;
}

/** A CSV download for a table (charts have ExportButtons). */
export function CsvButton({ fileName, title, csv }: CsvButtonProps) {
  return (
    <button type="button" class="button button-small button-secondary" aria-label={`Download ${title} as CSV`} onClick={() => downloadCsv(`${fileName}.csv`, csv())}>
      Download CSV
    </button>
  );
}
