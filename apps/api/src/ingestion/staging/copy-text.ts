const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in PostgreSQL's COPY text format: \N for null, backslash escapes for the separators. */
export function copyField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  // Most fields need no escaping: test once before four replacements (a hot path for large uploads).
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One row of COPY text, newline included. */
export function copyLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(copyField).join('\t')}\n`;
}
