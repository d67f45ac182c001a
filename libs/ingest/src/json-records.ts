import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Readable } from 'node:stream';
import type { CsvItem } from './csv-records.js';

/** JSON is parsed whole (to report lines and columns), so it has a tighter limit than streamed CSV. */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

async function readText(input: Readable): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

function scalar(node: Node): string | undefined {
  if (node.type === 'string') return String(node.value);
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  if (node.type === 'null') return '';
  return undefined;
}

/**
 * Reads a JSON array of objects as the same header-and-records stream as a CSV, so one validator
 * serves both. The header is the first object's keys; each record names the line its object starts on.
 */
export async function* jsonRecords(input: Readable, file: string): AsyncGenerator<CsvItem> {
  const text = await readText(input);
  if (text === undefined) {
    yield { type: 'problem', problem: { file, line: 0, message: `is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB; send large files as CSV, which is streamed` } };
    return;
  }
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const line = first ? lineAt(starts, first.offset) : 0;
    yield { type: 'problem', problem: { file, line, message: `is not valid JSON (${first ? printParseErrorCode(first.error) : 'empty'})` } };
    return;
  }
  if (root.type !== 'array') {
    yield { type: 'problem', problem: { file, line: lineAt(starts, root.offset), message: 'must be a JSON array of objects' } };
    return;
  }
  const elements = root.children ?? [];
  if (elements.length === 0) return;
  const columns = (elements[0]?.children ?? []).map((property) => String(property.children?.[0]?.value ?? ''));
  yield { type: 'header', columns };
  for (const element of elements) {
    const line = lineAt(starts, element.offset);
    if (element.type !== 'object') {
      yield { type: 'problem', problem: { file, line, message: 'is not an object; expected an array of objects' } };
      continue;
    }
    const values = new Map<string, string>();
    let plain = true;
    for (const property of element.children ?? []) {
      const key = String(property.children?.[0]?.value ?? '');
      const valueNode = property.children?.[1];
      const value = valueNode ? scalar(valueNode) : undefined;
      if (value === undefined) {
        yield { type: 'problem', problem: { file, line: valueNode ? lineAt(starts, valueNode.offset) : line, column: key, message: 'must be a string, number or null, not a nested object or array' } };
        plain = false;
        continue;
      }
      values.set(key, value);
    }
    if (!plain) continue;
    const unknown = [...values.keys()].filter((key) => !columns.includes(key));
    if (unknown.length > 0) {
      yield { type: 'problem', problem: { file, line, column: unknown[0]!, message: `is not in the first object's keys (${columns.join(', ')}); every object needs the same keys` } };
      continue;
    }
    yield { type: 'record', line, fields: columns.map((column) => values.get(column) ?? '') };
  }
}
