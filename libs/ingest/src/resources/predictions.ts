import { type BaseUnit, type Metric, type Period, type Segment, type Unit } from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import { readMeasurement } from './measurement.js';
import type { ResourceDefinition } from './resource-definition.js';

/** A published claim about the future: who said what, when, about which period. */
export interface PredictionRow {
  readonly line: number;
  readonly madeOn: Period;
  readonly forecaster: string;
  /** The product the claim is about (a company's own target); null for a market-wide claim. */
  readonly product: string | null;
  readonly target: Period;
  readonly metric: Metric;
  readonly value: number;
  readonly unit: BaseUnit;
  readonly originalValue: number;
  readonly originalUnit: Unit;
  readonly segment: Segment;
  readonly geography: string;
  /** The stated probability, 0 to 1, or null when none was given. */
  readonly probability: number | null;
  readonly source: string;
  readonly note: string | null;
}

function readProbability(reader: RowReader): number | null | undefined {
  if (reader.text('probability', false) === null) return null;
  const value = reader.number('probability');
  if (value === undefined) return undefined;
  if (value < 0 || value > 1) return reader.fail('probability', String(value), 'is not a probability between 0 and 1');
  return value;
}

function read(reader: RowReader): PredictionRow | undefined {
  const madeOn = reader.period('made_on');
  const forecaster = reader.text('forecaster', true);
  const product = reader.text('product', false);
  const target = reader.period('target_period');
  const measurement = readMeasurement(reader);
  const probability = readProbability(reader);
  const source = reader.text('source', true);
  const note = reader.text('note', false);
  if (!madeOn || !forecaster || product === undefined || !target || !measurement || probability === undefined || !source || note === undefined) return undefined;
  return { line: reader.line, madeOn, forecaster, product, target, ...measurement, probability, source, note };
}

export const predictionsResource: ResourceDefinition<PredictionRow> = {
  kind: 'predictions',
  columns: ['made_on', 'forecaster', 'target_period', 'metric', 'value', 'unit', 'segment', 'geography', 'source'],
  optionalColumns: ['product', 'probability', 'note'],
  read,
};
