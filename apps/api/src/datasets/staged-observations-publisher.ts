import type { EntityManager } from 'typeorm';
import type { CatalogWriter } from '../catalog/catalog-writer.js';
import { stagingTables } from '../ingestion/staging/staging-tables.js';
import type { SourceResolver } from './source-resolver.js';

/**
 * Moves a job's staged observations into a dataset version with set-based SQL: the names it uses
 * are resolved (unknown ones created) once per distinct name, then one INSERT … SELECT copies every row.
 */
export async function publishStagedObservations(manager: EntityManager, jobId: string, versionId: number, catalog: CatalogWriter, sources: SourceResolver): Promise<number> {
  const staged = stagingTables(jobId).observations;
  const unknownVendors: Array<{ vendor: string }> = await manager.query(
    `SELECT DISTINCT ON (vendor_key) vendor FROM ${staged} s
     WHERE vendor_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vendor_keys k WHERE k.key = s.vendor_key)
     ORDER BY vendor_key, line`,
  );
  for (const { vendor } of unknownVendors) await catalog.vendorId(vendor);
  const unknownProducts: Array<{ product: string; vendor: string | null }> = await manager.query(
    `SELECT DISTINCT ON (product_key) product, vendor FROM ${staged} s
     WHERE NOT EXISTS (SELECT 1 FROM product_keys k WHERE k.key = s.product_key)
     ORDER BY product_key, line`,
  );
  for (const { product, vendor } of unknownProducts) await catalog.productId(product, vendor);

  const sourceKeys: Array<{ source_key: string }> = await manager.query(`SELECT DISTINCT source_key FROM ${staged}`);
  for (const { source_key: key } of sourceKeys) await sources.idOf(key, { file: '', line: 0 });
  await manager.query('CREATE TEMP TABLE source_map (key text PRIMARY KEY, id integer NOT NULL) ON COMMIT DROP');
  const entries = sources.entries();
  await manager.query('INSERT INTO source_map (key, id) SELECT * FROM unnest($1::text[], $2::int[])', [entries.map(([key]) => key), entries.map(([, id]) => id)]);

  const inserted: Array<{ count: string }> = await manager.query(
    `WITH inserted AS (
     INSERT INTO observations (dataset_version_id, product_id, source_id, metric, period_start, granularity, value, unit,
                               original_value, original_unit, segment, geography, note, line)
     SELECT $1, p.id, m.id, s.metric, s.period_start, s.granularity, s.value, s.unit,
            s.original_value, s.original_unit, s.segment, s.geography, s.note, s.line
     FROM ${staged} s
     JOIN (SELECT DISTINCT ON (key) key, id FROM product_keys ORDER BY key, id) p ON p.key = s.product_key
     JOIN source_map m ON m.key = s.source_key
     RETURNING 1)
     SELECT count(*) FROM inserted`,
    [versionId],
  );
  const counted: Array<{ count: string }> = await manager.query(`SELECT count(*) FROM ${staged}`);
  const count = Number(counted[0]?.count ?? 0);
  const published = Number(inserted[0]?.count ?? 0);
  if (published !== count) throw new Error(`published ${published} of ${count} staged observations: a name or source did not resolve`);
  return count;
}
