/**
 * Products with their vendor and aliases in one statement and one round trip (the market-share hot
 * path; TypeORM's relation loading took several milliseconds more).
 */
export const PRODUCTS_BY_ID_SQL = `
  SELECT p.id, p.slug, p.name, p.kind, p.launched, p.note,
         coalesce((SELECT array_agg(a.alias ORDER BY a.alias) FROM product_aliases a WHERE a.product_id = p.id), '{}') AS aliases,
         CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object(
           'id', v.id, 'slug', v.slug, 'name', v.name, 'country', v.country, 'note', v.note,
           'aliases', coalesce((SELECT json_agg(va.alias ORDER BY va.alias) FROM vendor_aliases va WHERE va.vendor_id = v.id), '[]'::json))
         END AS vendor
  FROM products p LEFT JOIN vendors v ON v.id = p.vendor_id
  WHERE p.id = ANY($1::int[])`;
