import type { Period } from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import { readMeasurement, type Measurement } from './measurement.js';
import type { ResourceDefinition } from './resource-definition.js';

/** One number: a product's metric in a period, from a source. */
export interface ObservationRow extends Measurement {
  readonly line: number;
  readonly period: Period;
  readonly product: string;
  readonly vendor: string | null;
  readonly source: string;
  readonly note: string | null;
}

function read(reader: RowReader): ObservationRow | undefined {
  const period = reader.period('period');
  const product = reader.text('product', true);
  const vendor = reader.text('vendor', false);
  const measurement = readMeasurement(reader);
  const source = reader.text('source', true);
  const note = reader.text('note', false);
  if (!period || !product || vendor === undefined || !measurement || !source || note === undefined) return undefined;
  return { line: reader.line, period, product, vendor, ...measurement, source, note };
}

export const observationsResource: ResourceDefinition<ObservationRow> = {
  kind: 'observations',
  columns: ['period', 'product', 'vendor', 'metric', 'value', 'unit', 'segment', 'geography', 'source'],
  optionalColumns: ['note'],
  read,
};
