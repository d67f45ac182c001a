import { PRODUCT_KINDS, type ProductKind } from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import type { ResourceDefinition } from './resource-definition.js';

export interface ProductRow {
  readonly line: number;
  readonly name: string;
  readonly vendor: string | null;
  readonly kind: ProductKind;
  readonly aliases: readonly string[];
  /** A period label, as precise as the source. */
  readonly launched: string | null;
  readonly note: string | null;
  readonly source: string | null;
}

function read(reader: RowReader): ProductRow | undefined {
  const name = reader.text('name', true);
  const vendor = reader.text('vendor', false);
  const kind = reader.oneOf('kind', PRODUCT_KINDS, 'product kind');
  const aliases = reader.list('aliases');
  const launched = reader.period('launched', false);
  const note = reader.text('note', false);
  const source = reader.text('source', false);
  if (!name || vendor === undefined || !kind || launched === undefined) return undefined;
  if (note === undefined || source === undefined) return undefined;
  return { line: reader.line, name, vendor, kind, aliases, launched: launched?.label ?? null, note, source };
}

export const productsResource: ResourceDefinition<ProductRow> = {
  kind: 'products',
  columns: ['name', 'vendor', 'kind', 'aliases'],
  optionalColumns: ['launched', 'note', 'source'],
  read,
};
