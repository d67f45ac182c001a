import type { Problem } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';
import { MAX_REPORTED_PROBLEMS } from '../datasets/problem-collector.js';

interface DuplicateRow {
  line: number;
  first_line: number;
  value: number;
  first_value: number;
}

/**
 * Two rows for the same point of the same series (period, product, metric, segment, geography,
 * source) cannot both be right: with different values they conflict, with equal ones they would
 * be counted twice in a share. Found in SQL so memory stays flat however large the upload.
 */
export async function findDuplicateObservations(manager: EntityManager, versionId: number, file: string): Promise<Problem[]> {
  const rows: DuplicateRow[] = await manager.query(
    `SELECT line, first_line, value, first_value FROM (
       SELECT line, value,
              first_value(line) OVER series_point AS first_line,
              first_value(value) OVER series_point AS first_value,
              row_number() OVER series_point AS position
       FROM observations
       WHERE dataset_version_id = $1
       WINDOW series_point AS (
         PARTITION BY product_id, metric, segment, geography, source_id, granularity, period_start ORDER BY line)
     ) points
     WHERE position > 1
     ORDER BY line
     LIMIT $2`,
    [versionId, MAX_REPORTED_PROBLEMS],
  );
  return rows.map((row) => ({
    file,
    line: row.line,
    message:
      row.value === row.first_value
        ? `repeats line ${row.first_line} (same period, product, metric, segment, geography and source)`
        : `conflicts with line ${row.first_line}: same period, product, metric, segment, geography and source but value ${row.value} against ${row.first_value}`,
  }));
}
