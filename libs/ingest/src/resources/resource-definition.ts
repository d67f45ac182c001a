import type { RowReader } from '../row-reader.js';

export const RESOURCE_KINDS = ['observations', 'events', 'partnerships', 'predictions', 'vendors', 'products'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** What one kind of CSV resource holds and how a record becomes a typed row. */
export interface ResourceDefinition<Row> {
  readonly kind: ResourceKind;
  /** Columns the header must have. */
  readonly columns: readonly string[];
  /** Columns the header may have. */
  readonly optionalColumns: readonly string[];
  /** A typed row, or undefined with the reader's problems filled in. */
  read(reader: RowReader): Row | undefined;
}
