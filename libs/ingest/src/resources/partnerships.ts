import { PARTNERSHIP_KINDS, type PartnershipKind, type Period } from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import type { ResourceDefinition } from './resource-definition.js';

export interface PartnershipRow {
  readonly line: number;
  readonly date: Period;
  /** Vendor or product names, matched against the catalog. */
  readonly from: string;
  readonly to: string;
  readonly kind: PartnershipKind;
  readonly description: string | null;
  readonly source: string;
  readonly note: string | null;
}

function read(reader: RowReader): PartnershipRow | undefined {
  const date = reader.period('date');
  const from = reader.text('from', true);
  const to = reader.text('to', true);
  const kind = reader.oneOf('kind', PARTNERSHIP_KINDS, 'partnership kind');
  const description = reader.text('description', false);
  const source = reader.text('source', true);
  const note = reader.text('note', false);
  if (!date || !from || !to || !kind || description === undefined || !source || note === undefined) return undefined;
  return { line: reader.line, date, from, to, kind, description, source, note };
}

export const partnershipsResource: ResourceDefinition<PartnershipRow> = {
  kind: 'partnerships',
  columns: ['date', 'from', 'to', 'kind', 'description', 'source'],
  optionalColumns: ['note'],
  read,
};
