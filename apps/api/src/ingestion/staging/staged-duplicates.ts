import type { Problem } from '@marketlens/ingest';
import type pg from 'pg';
import { MAX_REPORTED_PROBLEMS } from '../../datasets/problem-collector.js';

/** Two staged rows for one point of one series (same product even if spelled differently): a conflict, or a repeat. */
export async function findStagedDuplicates(client: pg.PoolClient, jobId: string, file: string): Promise<{ problems: Problem[]; total: number }> {
  const { rows } = await client.query<{ line: number; first_line: number; original_value: number; first_value: number; original_unit: string; total: string }>(
    `SELECT line, first_line, original_value, first_value, original_unit, count(*) OVER () AS total FROM (
       SELECT line, original_value, original_unit,
              first_value(line) OVER series_point AS first_line,
              first_value(original_value) OVER series_point AS first_value,
              row_number() OVER series_point AS position
       FROM staged_observations
       WHERE job_id = $1
       WINDOW series_point AS (PARTITION BY product_ref, metric, segment, geography, source_key, granularity, period_start ORDER BY line)
     ) points
     WHERE position > 1
     ORDER BY line
     LIMIT $2`,
    [jobId, MAX_REPORTED_PROBLEMS],
  );
  const problems = rows.map((row) => ({
    file,
    line: row.line,
    message:
      row.original_value === row.first_value
        ? `repeats line ${row.first_line} (same period, product, metric, segment, geography and source)`
        : `conflicts with line ${row.first_line}: same period, product, metric, segment, geography and source, but ${row.original_value} here and ${row.first_value} there`,
  }));
  return { problems, total: Number(rows[0]?.total ?? 0) };
}
