// Synthetic observations for bench/query, inserted by PostgreSQL itself (generate_series): sources ×
// segments × geographies × products × monthly periods, one published dataset version.
const SEGMENTS = ['home', 'work'];
const GEOGRAPHIES = ['US', 'WW', 'NA', 'EU', 'APAC'];
const PRODUCTS = 20;
const MONTHS = 1000;

export async function seedObservations(pool, total) {
  const sources = Math.max(1, Math.round(total / (SEGMENTS.length * GEOGRAPHIES.length * PRODUCTS * MONTHS)));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const dataset = await client.query("INSERT INTO datasets (slug, title) VALUES ('bench-query', 'Benchmark observations') RETURNING id");
    const version = await client.query("INSERT INTO dataset_versions (dataset_id, number, checksum, row_count, created_by) VALUES ($1, 1, 'bench', 0, 'bench') RETURNING id", [dataset.rows[0].id]);
    const versionId = version.rows[0].id;
    const products = await client.query(
      "INSERT INTO products (slug, name, key, kind) SELECT 'bench-client-' || n, 'Bench client ' || n, 'benchclient' || n, 'im_client' FROM generate_series(1, $1) n RETURNING id",
      [PRODUCTS],
    );
    const sourceRows = await client.query(
      "INSERT INTO sources (fingerprint, title, publisher) SELECT 'bench-' || n, 'Bench panel release ' || n, 'Bench panel ' || n FROM generate_series(1, $1) n RETURNING id",
      [sources],
    );
    await client.query(
      `INSERT INTO observations (dataset_version_id, product_id, source_id, metric, period_start, granularity, value, unit, original_value, original_unit, segment, geography, note, line)
       SELECT $1, p.id, s.id, 'unique_users', (date '1900-01-01' + make_interval(months => m))::date, 'month',
              1000 + ((p.id * 7919 + m * 104729 + s.id) % 100000), 'count', 1 + ((p.id * 7919 + m * 104729 + s.id) % 100000) / 1000.0, 'thousand',
              seg, geo, NULL, 0
       FROM unnest($2::int[]) AS p(id), unnest($3::int[]) AS s(id), unnest($4::text[]) AS seg, unnest($5::text[]) AS geo, generate_series(0, $6 - 1) AS m`,
      [versionId, products.rows.map((row) => row.id), sourceRows.rows.map((row) => row.id), SEGMENTS, GEOGRAPHIES, MONTHS],
    );
    await client.query('UPDATE datasets SET current_version_id = $1 WHERE id = $2', [versionId, dataset.rows[0].id]);
    await client.query('COMMIT');
    await client.query('ANALYZE observations');
  } finally {
    client.release();
  }
  const ids = (await pool.query("SELECT id FROM sources WHERE fingerprint LIKE 'bench-%'")).rows.map((row) => row.id);
  return { sourceIds: ids, segments: SEGMENTS, geographies: GEOGRAPHIES, months: MONTHS, productsPerView: PRODUCTS };
}
