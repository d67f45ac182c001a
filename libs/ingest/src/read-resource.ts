import type { Readable } from 'node:stream';
import { csvRecords, MAX_COLUMNS, MAX_FIELD_BYTES, type CsvItem } from './csv-records.js';
import { jsonRecords } from './json-records.js';
import type { Problem } from './problem.js';
import type { ResourceDefinition } from './resources/resource-definition.js';
import { RowReader } from './row-reader.js';
import { nearest } from './suggest.js';

export type ResourceItem<Row> = { readonly type: 'row'; readonly row: Row } | { readonly type: 'problem'; readonly problem: Problem };

export type ResourceFormat = 'csv' | 'json';

/** CSV unless the file is named *.json. */
export function formatOf(file: string): ResourceFormat {
  return /\.json$/i.test(file) ? 'json' : 'csv';
}

function recordsOf(input: Readable, file: string, format: ResourceFormat): AsyncGenerator<CsvItem> {
  return format === 'json' ? jsonRecords(input, file) : csvRecords(input, file);
}

/** The header of a resource (read and the stream closed), or the problem that prevented reading it. */
export async function readHeader(input: Readable, file: string, format: ResourceFormat = formatOf(file)): Promise<readonly string[] | Problem> {
  try {
    for await (const item of recordsOf(input, file, format)) {
      if (item.type === 'header') return item.columns;
      if (item.type === 'problem') return item.problem;
    }
    return { file, line: 0, message: 'is empty; expected a header line and rows' };
  } finally {
    input.destroy();
  }
}

/**
 * The resource kind a header most likely is: the one sharing the most columns with it, provided it
 * shares at least half of that kind's required columns. Its header problems (a missing or misspelt
 * column) are then reported precisely by readResource.
 */
export function detectResourceKind(columns: readonly string[], definitions: readonly ResourceDefinition<unknown>[]): ResourceDefinition<unknown> | undefined {
  const scored = definitions
    .map((definition) => ({
      definition,
      required: definition.columns.filter((column) => columns.includes(column)).length,
      unknown: columns.filter((column) => !definition.columns.includes(column) && !definition.optionalColumns.includes(column)).length,
    }))
    .filter((candidate) => candidate.required * 2 >= candidate.definition.columns.length)
    .sort((a, b) => b.required - a.required || a.unknown - b.unknown);
  return scored[0]?.definition;
}

/**
 * Streams a resource (CSV, or a JSON array of objects) as typed rows and problems. Header problems
 * end the stream (no row can be read without the right columns); row problems do not, so one pass
 * reports them all.
 */
export async function* readResource<Row>(
  input: Readable,
  definition: ResourceDefinition<Row>,
  file: string,
  format: ResourceFormat = formatOf(file),
): AsyncGenerator<ResourceItem<Row>> {
  let columns: readonly string[] | undefined;
  let rows = 0;
  for await (const item of recordsOf(input, file, format)) {
    if (item.type === 'problem') {
      yield item;
      // A CSV cannot be read past a broken quote; a JSON element's problem spoils only that element.
      if (format === 'csv' || columns === undefined) return;
      continue;
    }
    if (item.type === 'header') {
      const problems = headerProblems(item.columns, definition, file);
      if (problems.length > 0) {
        yield* problems.map((problem) => ({ type: 'problem' as const, problem }));
        return;
      }
      columns = item.columns;
      continue;
    }
    rows++;
    yield* readRecord(item.line, item.fields, columns ?? [], definition, file);
  }
  if (columns === undefined) yield { type: 'problem', problem: { file, line: 0, message: 'is empty; expected a header line and rows' } };
  else if (rows === 0) yield { type: 'problem', problem: { file, line: 1, message: 'has a header but no rows' } };
}

function* readRecord<Row>(
  line: number,
  fields: readonly string[],
  columns: readonly string[],
  definition: ResourceDefinition<Row>,
  file: string,
): Generator<ResourceItem<Row>> {
  if (fields.length !== columns.length) {
    yield { type: 'problem', problem: { file, line, message: `has ${fields.length} fields; the header has ${columns.length}` } };
    return;
  }
  const values: Record<string, string> = {};
  let intact = true;
  for (const [index, column] of columns.entries()) {
    const value = fields[index] ?? '';
    if (value.includes('\u0000')) {
      yield { type: 'problem', problem: { file, line, column, message: 'contains a NUL byte' } };
      intact = false;
    } else if (Buffer.byteLength(value) > MAX_FIELD_BYTES) {
      yield { type: 'problem', problem: { file, line, column, message: `is longer than ${MAX_FIELD_BYTES / 1024} KiB` } };
      intact = false;
    }
    values[column] = value;
  }
  if (!intact) return;
  const reader = new RowReader(file, line, values);
  const row = definition.read(reader);
  if (row !== undefined && reader.problems.length === 0) yield { type: 'row', row };
  else yield* reader.problems.map((problem) => ({ type: 'problem' as const, problem }));
}

function headerProblems(columns: readonly string[], definition: ResourceDefinition<unknown>, file: string): Problem[] {
  const known = [...definition.columns, ...definition.optionalColumns];
  const problems: Problem[] = [];
  const at = (message: string, column?: string): Problem => ({ file, line: 1, ...(column ? { column } : {}), message });
  if (columns.length > MAX_COLUMNS) return [at(`has ${columns.length} columns; at most ${MAX_COLUMNS} are allowed`)];
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) problems.push(at('appears twice in the header', column));
    seen.add(column);
    if (!known.includes(column)) {
      const guess = nearest(column, known);
      problems.push(at(`is not a ${definition.kind} column${guess ? ` (did you mean ${guess}?)` : ''}; expected ${known.join(', ')}`, column));
    }
  }
  for (const column of definition.columns) {
    if (!seen.has(column)) problems.push(at(`is missing from the header; expected ${definition.columns.join(', ')}`, column));
  }
  return problems;
}
