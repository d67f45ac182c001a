import type { IngestionJobFieldsFragment } from '../../gql/graphql';
import { formatCount } from '../../format/numbers';

type Problem = IngestionJobFieldsFragment['problems'][number];

/** One line of the validation report, every cell as plain text. */
export interface ProblemRow {
  readonly key: string;
  readonly file: string;
  readonly line: string;
  readonly column: string;
  /** The offending value exactly as sent; rendered as text, never as markup. */
  readonly value: string;
  readonly valueMissing: boolean;
  readonly message: string;
}

/** The API's problems as report rows: line 0 is the file as a whole, a missing column or value a dash. */
export function toProblemRows(problems: readonly Problem[]): ProblemRow[] {
  return problems.map((problem, index) => ({
    key: `${index}:${problem.file}:${problem.line}:${problem.column ?? ''}`,
    file: problem.file,
    line: problem.line > 0 ? String(problem.line) : 'whole file',
    column: problem.column ?? '—',
    value: problem.value ?? '—',
    valueMissing: problem.value === null,
    message: problem.message,
  }));
}

/** "1 problem", or "Showing the first 100 of 2,345 problems." when the API listed only some. */
export function problemSummary(listed: number, total: number): string {
  if (total === 0) return 'No problems.';
  const count = `${formatCount(total)} problem${total === 1 ? '' : 's'}`;
  return listed < total ? `${count} found; the first ${formatCount(listed)} are listed.` : `${count} found.`;
}
