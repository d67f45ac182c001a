/** One thing wrong with an input, said so a researcher can find and fix it. */
export interface Problem {
  readonly file: string;
  /** 1-based line in the file; 0 for the file as a whole. */
  readonly line: number;
  /** The column's name from the header, when the problem is one field's. */
  readonly column?: string;
  /** The offending value, shown inertly (never interpreted). */
  readonly value?: string;
  readonly message: string;
}

const MAX_SHOWN_VALUE = 80;

function shown(value: string): string {
  const clipped = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
  return JSON.stringify(clipped);
}

/** `file.csv line 4, column value: "abc" is not a number` */
export function formatProblem(problem: Problem): string {
  const where = [problem.line > 0 ? `line ${problem.line}` : undefined, problem.column ? `column ${problem.column}` : undefined]
    .filter(Boolean)
    .join(', ');
  const subject = problem.value === undefined ? '' : `${shown(problem.value)} `;
  return `${problem.file}${where ? ` ${where}` : ''}: ${subject}${problem.message}`;
}

/** Thrown when an input cannot be accepted; carries the first problems and how many there were. */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly problems: readonly Problem[],
    readonly totalProblems: number = problems.length,
  ) {
    super(IngestError.summary(problems, totalProblems));
  }

  private static summary(problems: readonly Problem[], total: number): string {
    const lines = problems.map(formatProblem);
    const more = total > problems.length ? `\n… and ${total - problems.length} more problems` : '';
    return `${total} problem${total === 1 ? '' : 's'}:\n${lines.join('\n')}${more}`;
  }
}
