import type { UploadJob } from './use-upload';
import { problemSummary, toProblemRows } from './problem-rows';

/**
 * The problems the server found, where (file, line, column) and with what value. Values are rendered
 * as text: markup or formulas in an upload are shown exactly as they were sent, never interpreted.
 */
export function ValidationReport({ job }: { job: UploadJob }) {
  const rows = toProblemRows(job.problems);
  if (job.problemCount === 0) return null;
  return (
    <div class="validation-report">
      <p class="report-count">{problemSummary(rows.length, job.problemCount)}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Problems found, scrollable">
        <table class="data-table problems-table" aria-label="Problems found">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" class="numeric">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.file}</td>
                <td class="numeric">{row.line}</td>
                <td>{row.column}</td>
                <td>{row.valueMissing ? <span class="muted">—</span> : <code class="cell-value">{row.value}</code>}</td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
