import {
  GEOGRAPHY_CODES,
  METRICS,
  METRIC_BASE_UNIT,
  SEGMENTS,
  SIGNED_METRICS,
  UNITS,
  baseUnitOf,
  isGeography,
  toBaseUnit,
  type BaseUnit,
  type Metric,
  type Segment,
  type Unit,
} from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import { expectedOneOf } from '../suggest.js';

/** What a number measures and how much: shared by observations and predictions. */
export interface Measurement {
  readonly metric: Metric;
  /** In the base unit. */
  readonly value: number;
  readonly unit: BaseUnit;
  readonly originalValue: number;
  readonly originalUnit: Unit;
  readonly segment: Segment;
  readonly geography: string;
}

function readGeography(reader: RowReader): string | undefined {
  const raw = reader.text('geography', true);
  if (raw == null) return undefined;
  if (isGeography(raw)) return raw;
  const upper = raw.toUpperCase();
  if (isGeography(upper)) return reader.fail('geography', raw, `must be written in capitals: ${upper}`);
  return reader.fail('geography', raw, `${expectedOneOf(raw, GEOGRAPHY_CODES, 'geography code')} (ISO 3166-1 alpha-2 or WW, NA, EU, EMEA, LATAM, APAC, MM12)`);
}

function valueFits(reader: RowReader, metric: Metric, unit: Unit, value: number): boolean {
  if (baseUnitOf(unit) !== METRIC_BASE_UNIT[metric]) {
    const allowed = UNITS.filter((candidate) => baseUnitOf(candidate) === METRIC_BASE_UNIT[metric]);
    reader.fail('unit', unit, `does not fit metric ${metric}; expected one of ${allowed.join(', ')}`);
    return false;
  }
  if (value < 0 && !SIGNED_METRICS.has(metric)) {
    reader.fail('value', String(value), `is negative; ${metric} cannot be below zero`);
    return false;
  }
  if (unit === 'percent' && metric !== 'growth_rate' && value > 100) {
    reader.fail('value', String(value), 'is a percent outside 0–100');
    return false;
  }
  return true;
}

/** Reads the metric, value, unit, segment and geography columns; undefined (with problems) when any is wrong. */
export function readMeasurement(reader: RowReader): Measurement | undefined {
  const metric = reader.oneOf('metric', METRICS, 'metric');
  const value = reader.number('value');
  const unit = reader.oneOf('unit', UNITS, 'unit');
  const segment = reader.oneOf('segment', SEGMENTS, 'segment');
  const geography = readGeography(reader);
  if (!metric || value === undefined || !unit || !segment || !geography) return undefined;
  if (!valueFits(reader, metric, unit, value)) return undefined;
  return { metric, value: toBaseUnit(value, unit), unit: baseUnitOf(unit), originalValue: value, originalUnit: unit, segment, geography };
}
