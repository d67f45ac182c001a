import { parsePeriod, type Period } from '@marketlens/domain';
import type { Problem } from './problem.js';
import { expectedOneOf } from './suggest.js';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/** Reads one record's fields by column name, collecting a problem for each bad field. */
export class RowReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly file: string,
    readonly line: number,
    private readonly fields: Readonly<Record<string, string>>,
  ) {}

  fail(column: string, value: string | undefined, message: string): undefined {
    this.problems.push({ file: this.file, line: this.line, column, ...(value === undefined ? {} : { value }), message });
    return undefined;
  }

  /** Trimmed text; null when empty and optional. */
  text(column: string, required: boolean): string | null | undefined {
    const value = (this.fields[column] ?? '').trim();
    if (value === '') return required ? this.fail(column, undefined, 'is empty; a value is required') : null;
    return value;
  }

  number(column: string): number | undefined {
    const raw = this.text(column, true);
    if (raw == null) return undefined;
    if (NOT_FINITE.test(raw)) return this.fail(column, raw, 'is not a finite number');
    if (!DECIMAL.test(raw)) return this.fail(column, raw, 'is not a number (write a plain decimal such as 18.1)');
    const value = Number(raw);
    if (!Number.isFinite(value)) return this.fail(column, raw, 'is not a finite number');
    return value;
  }

  period(column: string, required = true): Period | null | undefined {
    const raw = this.text(column, required);
    if (raw == null) return raw;
    const parsed = parsePeriod(raw);
    if (!parsed.ok) return this.fail(column, raw, `is not a valid date; expected ${parsed.expected}`);
    return parsed.period;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], what: string, required = true): T | null | undefined {
    const raw = this.text(column, required);
    if (raw == null) return raw;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    return this.fail(column, raw, expectedOneOf(raw, allowed, what));
  }

  /** A `;`-separated list of names, empty entries dropped. */
  list(column: string): string[] {
    const raw = this.text(column, false);
    return raw ? raw.split(';').map((item) => item.trim()).filter(Boolean) : [];
  }
}
