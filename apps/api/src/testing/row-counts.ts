import type pg from 'pg';

export const PUBLISHED_TABLES = ['vendors', 'products', 'product_aliases', 'sources', 'datasets', 'dataset_versions', 'observations', 'events', 'event_actors', 'partnerships', 'predictions'];

/** Row counts of every table a publish can change: equal before and after means nothing was half-written. */
export async function rowCounts(pool: pg.Pool, tables: readonly string[] = PUBLISHED_TABLES): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
    counts[table] = Number(rows[0]!.count);
  }
  return counts;
}
