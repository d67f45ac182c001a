import type { RowReader } from '../row-reader.js';
import type { ResourceDefinition } from './resource-definition.js';

export interface VendorRow {
  readonly line: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly note: string | null;
  readonly source: string | null;
}

function read(reader: RowReader): VendorRow | undefined {
  const name = reader.text('name', true);
  const aliases = reader.list('aliases');
  const country = reader.text('country', false);
  const note = reader.text('note', false);
  const source = reader.text('source', false);
  if (!name || country === undefined || note === undefined || source === undefined) return undefined;
  return { line: reader.line, name, aliases, country, note, source };
}

export const vendorsResource: ResourceDefinition<VendorRow> = {
  kind: 'vendors',
  columns: ['name', 'aliases'],
  optionalColumns: ['country', 'note', 'source'],
  read,
};
