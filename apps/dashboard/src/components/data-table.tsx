import { csvParseRows } from 'd3';
import { useState } from 'preact/hooks';

/** The CSV's formula guard (a leading ' before = + - @) is for spreadsheets; a table shows the text itself. */
const shown = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

interface ChartDataTableProps {
  /** What the chart is called, for the table's caption. */
  readonly title: string;
  /** The chart's CSV: the table shows exactly what the chart and its download show. */
  readonly csv: () => string;
}

/**
 * The chart's numbers as a table, behind a disclosure (a native `details`, so it opens by keyboard): the
 * alternative to the picture for screen readers and for anyone who wants the figures. Built when opened.
 */
export function ChartDataTable({ title, csv }: ChartDataTableProps) {
  const [open, setOpen] = useState(false);
  const rows = open ? csvParseRows(csv().replace(/\r\n$/, '')) : [];
  const [header = [], ...body] = rows;
  return (
    <details class="chart-data" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>Data table</summary>
      {open && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={`Data of ${title}`}>
          <table class="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {header.map((name) => (
                  <th key={name} scope="col">
                    {name.replaceAll('_', ' ')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{shown(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
