import type { DataPackage } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';

export interface VersionRef {
  readonly id: number;
  readonly datasetId: number;
  readonly number: number;
}

/** Dataset and version rows of one publishing transaction. */
export class DatasetVersionWriter {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Serializes publishers of one dataset (a transaction-scoped advisory lock, so several API
   * processes can seed or upload at once) and finds a version with the same content.
   */
  async lockAndFind(slug: string, checksum: string): Promise<VersionRef | undefined> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dataset:${slug}`]);
    const rows: Array<{ id: number; dataset_id: number; number: number }> = await this.manager.query(
      `SELECT v.id, v.dataset_id, v.number FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id
       WHERE d.slug = $1 AND v.checksum = $2 ORDER BY v.number DESC LIMIT 1`,
      [slug, checksum],
    );
    const row = rows[0];
    return row ? { id: row.id, datasetId: row.dataset_id, number: row.number } : undefined;
  }

  async create(descriptor: DataPackage, checksum: string, createdBy: string): Promise<VersionRef> {
    const datasets: Array<{ id: number }> = await this.manager.query(
      `INSERT INTO datasets (slug, title, description) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description
       RETURNING id`,
      [descriptor.name, descriptor.title, descriptor.description ?? null],
    );
    const datasetId = datasets[0]!.id;
    const versions: Array<{ id: number; number: number }> = await this.manager.query(
      `INSERT INTO dataset_versions (dataset_id, number, checksum, row_count, metadata, created_by)
       SELECT $1, coalesce(max(number), 0) + 1, $2, 0, $3::jsonb, $4 FROM dataset_versions WHERE dataset_id = $1
       RETURNING id, number`,
      [datasetId, checksum, JSON.stringify(descriptor), createdBy],
    );
    const version = versions[0]!;
    return { id: version.id, datasetId, number: version.number };
  }

  /** The one statement that switches what the product shows to the new version. */
  async makeCurrent(version: VersionRef, rowCount: number): Promise<void> {
    await this.manager.query('UPDATE dataset_versions SET row_count = $2 WHERE id = $1', [version.id, rowCount]);
    await this.manager.query('UPDATE datasets SET current_version_id = $2 WHERE id = $1', [version.datasetId, version.id]);
  }
}
