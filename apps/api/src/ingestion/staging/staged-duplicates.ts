import type { Problem } from '@marketlens/ingest';
import type pg from 'pg';
import { MAX_REPORTED_PROBLEMS } from '../../datasets/problem-collector.js';

const SERIES_POINT = 'product_ref, metric, segment, geography, source_key, granularity, period_start';

/**
 * Two staged rows for one point of one series (same product even if spelled differently): a
 * conflict, or a repeat. A hash aggregate finds the repeated points (the common case, none, costs
 * one pass); only then are their lines looked up.
 */
export async function findStagedDuplicates(client: pg.PoolClient, table: string, file: string): Promise<{ problems: Problem[]; total: number }> {
  await client.query("SET work_mem = '256MB'");
  const { rows } = await client.query<{ line: number; first_line: number; original_value: number; first_value: number; total: string }>(
    `WITH repeated AS (
       SELECT ${SERIES_POINT} FROM ${table} GROUP BY ${SERIES_POINT} HAVING count(*) > 1
     ), ranked AS (
       SELECT s.line, s.original_value,
              first_value(s.line) OVER series_point AS first_line,
              first_value(s.original_value) OVER series_point AS first_value,
              row_number() OVER series_point AS position
       FROM ${table} s JOIN repeated r USING (${SERIES_POINT})
       WINDOW series_point AS (PARTITION BY ${SERIES_POINT} ORDER BY s.line)
     )
     SELECT line, first_line, original_value, first_value, count(*) OVER () AS total
     FROM ranked WHERE position > 1 ORDER BY line LIMIT $1`,
    [MAX_REPORTED_PROBLEMS],
  );
  await client.query('RESET work_mem');
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
