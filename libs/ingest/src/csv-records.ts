import { CsvError, parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { Problem } from './problem.js';

export const MAX_FIELD_BYTES = 64 * 1024;
export const MAX_COLUMNS = 64;

export type CsvItem =
  | { readonly type: 'header'; readonly columns: readonly string[] }
  | { readonly type: 'record'; readonly line: number; readonly fields: readonly string[] }
  | { readonly type: 'problem'; readonly problem: Problem };

const QUOTE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (unbalanced quotes)',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by text (unbalanced quotes)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by text (unbalanced quotes)',
  CSV_INVALID_OPENING_QUOTE: 'a quote opens in the middle of a field (quote the whole field and double the quotes inside it)',
  CSV_MAX_RECORD_SIZE: `a record is larger than ${(MAX_COLUMNS * MAX_FIELD_BYTES) / 1024 / 1024} MiB`,
};

/**
 * Streams a CSV file as its header and records, each record with the line it starts on.
 * Malformed input ends the stream with one problem naming the line; it never throws.
 */
export async function* csvRecords(input: Readable, file: string): AsyncGenerator<CsvItem> {
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      max_record_size: MAX_COLUMNS * MAX_FIELD_BYTES,
    }),
  );
  input.once('error', (error) => parser.destroy(error));
  let previousEnd = 0;
  let previousEmpty = 0;
  let sawHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (!sawHeader) {
        sawHeader = true;
        yield { type: 'header', columns: record.map((column) => column.trim()) };
      } else {
        yield { type: 'record', line, fields: record };
      }
    }
  } catch (error) {
    yield { type: 'problem', problem: parseProblem(error, file, previousEnd + 1) };
  }
}

function parseProblem(error: unknown, file: string, fallbackLine: number): Problem {
  if (error instanceof CsvError) {
    // An unclosed quote is only noticed at the end of the file: name the line where its record began.
    const reported = (error as unknown as { lines?: unknown }).lines;
    const line = error.code !== 'CSV_QUOTE_NOT_CLOSED' && typeof reported === 'number' ? reported : fallbackLine;
    return { file, line, message: QUOTE_ERRORS[error.code] ?? error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { file, line: fallbackLine, message: `could not be read: ${message}` };
}
