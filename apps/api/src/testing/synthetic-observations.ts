import type pg from 'pg';

/**
 * One published dataset of `products` × `months` monthly observations of one source, segment and
 * geography (unique_users, US, all), inserted by PostgreSQL itself: one large share view.
 * Returns the source's id.
 */
export async function seedSharePanel(pool: pg.Pool, products: number, months: number): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const dataset = await client.query<{ id: number }>("INSERT INTO datasets (slug, title) VALUES ('synthetic-panel', 'Synthetic panel') RETURNING id");
    const version = await client.query<{ id: number }>("INSERT INTO dataset_versions (dataset_id, number, checksum, row_count, created_by) VALUES ($1, 1, 'synthetic', 0, 'test') RETURNING id", [dataset.rows[0]!.id]);
    const source = await client.query<{ id: number }>("INSERT INTO sources (fingerprint, title, publisher) VALUES ('synthetic-panel', 'Synthetic panel release', 'Synthetic panel') RETURNING id");
    const productIds = await client.query<{ id: number }>(
      "INSERT INTO products (slug, name, key, kind) SELECT 'synthetic-' || n, 'Synthetic client ' || n, 'syntheticclient' || n, 'im_client' FROM generate_series(1, $1) n RETURNING id",
      [products],
    );
    await client.query(
      `INSERT INTO observations (dataset_version_id, product_id, source_id, metric, period_start, granularity, value, unit, original_value, original_unit, segment, geography, note, line)
       SELECT $1, p.id, $2, 'unique_users', (date '1900-01-01' + make_interval(months => m))::date, 'month',
              1000 + ((p.id * 7919 + m * 104729) % 100000), 'count', 1 + ((p.id * 7919 + m * 104729) % 100000) / 1000.0, 'thousand', 'all', 'US', NULL, 0
       FROM unnest($3::int[]) AS p(id), generate_series(0, $4 - 1) AS m`,
      [version.rows[0]!.id, source.rows[0]!.id, productIds.rows.map((row) => row.id), months],
    );
    await client.query('UPDATE datasets SET current_version_id = $1 WHERE id = $2', [version.rows[0]!.id, dataset.rows[0]!.id]);
    await client.query('COMMIT');
    await client.query('ANALYZE observations');
    return String(source.rows[0]!.id);
  } finally {
    client.release();
  }
}
