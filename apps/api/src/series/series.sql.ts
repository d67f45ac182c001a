/**
 * A series: one product's metric in one segment and geography, as measured by one party (the
 * source's publisher; its title when it names none). Each point keeps its own citation; when two
 * releases of the same party report the same period, the later publication wins.
 */
export const PANEL = `coalesce(s.publisher, s.title)`;

export const SERIES_POINTS_SQL = `
  SELECT DISTINCT ON (o.period_start, o.granularity)
         o.period_start::text AS period_start, o.granularity, o.value, o.unit, o.original_value, o.original_unit, o.note,
         s.id AS source_id, s.title, s.url, s.publisher, s.published, s.note AS source_note
  FROM observations o
  JOIN datasets d ON d.current_version_id = o.dataset_version_id
  JOIN sources s ON s.id = o.source_id
  WHERE o.product_id = $1 AND o.metric = $2 AND o.segment = $3 AND o.geography = $4 AND ${PANEL} = $5
  ORDER BY o.period_start, o.granularity, s.published DESC NULLS LAST, s.id DESC`;

/** Every series in the current data, longest first (optionally for one product). */
export const SERIES_CATALOG_SQL = `
  SELECT o.product_id, p.name AS product, o.metric, o.segment, o.geography, ${PANEL} AS panel,
         count(DISTINCT (o.period_start, o.granularity))::int AS points,
         min(o.period_start)::text AS first_period, max(o.period_start)::text AS last_period
  FROM observations o
  JOIN datasets d ON d.current_version_id = o.dataset_version_id
  JOIN sources s ON s.id = o.source_id
  JOIN products p ON p.id = o.product_id
  WHERE ($1::int IS NULL OR o.product_id = $1)
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY points DESC, product, metric, segment, geography, panel
  LIMIT $2`;
