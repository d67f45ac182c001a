export const PREDICTIONS_SQL = `
  SELECT x.id, x.made_on::text AS made_on, x.made_granularity, x.forecaster, x.target_start::text AS target_start, x.target_granularity,
         x.metric, x.segment, x.geography, x.product_id, pp.name AS product, x.value, x.unit, x.original_value, x.original_unit, x.probability, x.note,
         s.id AS source_id, s.title, s.url, s.publisher, s.published, s.note AS source_note
  FROM predictions x
  JOIN datasets d ON d.current_version_id = x.dataset_version_id
  JOIN sources s ON s.id = x.source_id
  LEFT JOIN products pp ON pp.id = x.product_id
  ORDER BY x.target_start, x.made_on, x.id`;

/**
 * What was measured for a prediction: the same metric and geography within the target period, of the
 * prediction's product, or of a market total when the claim is market-wide; the same segment first,
 * then the latest period and publication.
 */
export const ACTUALS_SQL = `
  SELECT o.period_start::text AS period_start, o.granularity, o.value, o.original_value, o.original_unit, o.segment, o.geography, o.note, p.name AS product,
         s.id AS source_id, s.title, s.url, s.publisher, s.published, s.note AS source_note
  FROM observations o
  JOIN datasets d ON d.current_version_id = o.dataset_version_id
  JOIN sources s ON s.id = o.source_id
  JOIN products p ON p.id = o.product_id
  WHERE o.metric = $1 AND o.period_start >= $2::date AND o.period_start < $3::date AND o.geography = $4
    AND (CASE WHEN $6::int IS NULL THEN p.kind = 'market_total' ELSE o.product_id = $6::int END)
  ORDER BY (o.segment = $5) DESC, o.period_start DESC, s.published DESC NULLS LAST`;
