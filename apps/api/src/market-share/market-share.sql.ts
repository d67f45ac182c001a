/**
 * Points of one series family (metric, segment, geography, source) from the current dataset
 * versions ($9, their ids: given as values, so the series-point index is used from its first column),
 * each with its share of its period's total, computed in PostgreSQL. Only competitor kinds count
 * (never market-wide totals). When two datasets carry the same point, the newest wins. At most $10
 * rows (null: all): a view too large to answer is never loaded whole.
 */
export const MARKET_SHARE_SQL = `
  WITH points AS (
    SELECT DISTINCT ON (o.period_start, o.granularity, o.product_id)
           o.period_start, o.granularity, o.product_id, o.value, o.unit, o.original_value, o.original_unit, o.note
    FROM observations o
    JOIN products p ON p.id = o.product_id
    WHERE o.dataset_version_id = ANY($9::int[]) AND o.metric = $1 AND o.segment = $2 AND o.geography = $3 AND o.source_id = $4
      AND ($5::date IS NULL OR o.period_start >= $5::date)
      AND ($6::date IS NULL OR o.period_start <= $6::date)
      AND ($7::text IS NULL OR o.granularity = $7::text)
      AND p.kind = ANY($8::text[])
    ORDER BY o.period_start, o.granularity, o.product_id, o.dataset_version_id DESC
  )
  SELECT period_start::text AS period_start, granularity, product_id, value, unit, original_value, original_unit, note,
         sum(value) OVER period AS total,
         value / nullif(sum(value) OVER period, 0) AS share
  FROM points
  WINDOW period AS (PARTITION BY period_start, granularity)
  ORDER BY period_start, granularity, value DESC, product_id
  LIMIT $10`;

/** Every series family with at least two competing products in some period, richest first. */
export const MARKET_SHARE_VIEWS_SQL = `
  WITH per_period AS (
    SELECT o.metric, o.segment, o.geography, o.source_id, o.period_start, o.granularity,
           count(DISTINCT o.product_id) AS products
    FROM observations o
    JOIN datasets d ON d.current_version_id = o.dataset_version_id
    JOIN products p ON p.id = o.product_id
    WHERE p.kind = ANY($2::text[]) AND o.metric = ANY($1::text[])
    GROUP BY 1, 2, 3, 4, 5, 6
  ), families AS (
    SELECT metric, segment, geography, source_id,
           count(*) FILTER (WHERE products >= 2) AS period_count,
           min(period_start) AS first_start, max(period_start) AS last_start
    FROM per_period
    GROUP BY 1, 2, 3, 4
    HAVING count(*) FILTER (WHERE products >= 2) > 0
  )
  SELECT f.metric, f.segment, f.geography, f.source_id, f.period_count::int AS period_count,
         f.first_start::text AS first_start, f.last_start::text AS last_start,
         (SELECT count(DISTINCT o.product_id)::int FROM observations o
            JOIN datasets d ON d.current_version_id = o.dataset_version_id
            JOIN products p ON p.id = o.product_id
           WHERE p.kind = ANY($2::text[]) AND o.metric = f.metric AND o.segment = f.segment
             AND o.geography = f.geography AND o.source_id = f.source_id) AS product_count
  FROM families f
  ORDER BY period_count DESC, product_count DESC, f.metric, f.segment, f.geography, f.source_id`;

/** The ids of the dataset versions the product shows. */
export const CURRENT_VERSIONS_SQL = 'SELECT array_agg(current_version_id) AS ids FROM datasets WHERE current_version_id IS NOT NULL';
