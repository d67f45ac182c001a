import { plural } from '../../format/numbers';
import { toPreviewTables } from './preview-tables';
import type { UploadJob } from './use-upload';

/** The first valid rows, as the server read them, one table per file and kind. */
export function UploadPreview({ job }: { job: UploadJob }) {
  const tables = toPreviewTables(job.preview);
  if (tables.length === 0) return null;
  return (
    <div class="upload-preview">
      <h4>Preview of the first valid rows</h4>
      {tables.map((table) => (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Preview, scrollable" key={table.key}>
          <table class="data-table preview-table" aria-label={`Preview of ${table.file} (${table.kind})`}>
            <caption>
              {table.file} · {table.kind} · {plural(table.rows.length, 'row')} shown
            </caption>
            <thead>
              <tr>
                <th scope="col" class="numeric">Line</th>
                {table.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.line}>
                  <td class="numeric">{row.line}</td>
                  {row.cells.map((cell, index) => (
                    <td key={table.columns[index]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
