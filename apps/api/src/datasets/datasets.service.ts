import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { updateReturning } from '../database/update-returning.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { toSourceModel } from '../sources/models/source.model.js';
import type { SourceEntity } from '../sources/source.entity.js';
import type { DatasetModel } from './models/dataset.model.js';

interface DatasetRow {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  current_version_id: number | null;
  versions: Array<{ id: number; number: number; checksum: string; row_count: number; created_by: string; uploader_name: string | null; created_at: string }>;
}

const CITED_SOURCES_SQL = `
  SELECT DISTINCT s.* FROM sources s
  WHERE s.id IN (
    SELECT source_id FROM observations WHERE dataset_version_id = $1 UNION
    SELECT source_id FROM events WHERE dataset_version_id = $1 UNION
    SELECT source_id FROM partnerships WHERE dataset_version_id = $1 UNION
    SELECT source_id FROM predictions WHERE dataset_version_id = $1 UNION
    SELECT source_id FROM catalog_citations WHERE dataset_version_id = $1)
  ORDER BY s.published NULLS LAST, s.title`;

@Injectable()
export class DatasetsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every dataset; uploaders' emails only when `showEmails` (for admins), their display names for everyone. */
  async list(showEmails: boolean): Promise<DatasetModel[]> {
    const rows: DatasetRow[] = await this.dataSource.query(
      `SELECT d.id, d.slug, d.title, d.description, d.current_version_id,
              coalesce(json_agg(json_build_object('id', v.id, 'number', v.number, 'checksum', v.checksum, 'row_count', v.row_count,
                                                  'created_by', v.created_by, 'uploader_name', u.name, 'created_at', v.created_at) ORDER BY v.number DESC)
                       FILTER (WHERE v.id IS NOT NULL), '[]') AS versions
       FROM datasets d LEFT JOIN dataset_versions v ON v.dataset_id = d.id LEFT JOIN users u ON u.email = v.created_by
       GROUP BY d.id ORDER BY d.title`,
    );
    return Promise.all(rows.map((row) => this.toModel(row, showEmails)));
  }

  /** Makes an older (or newer) version current again: one pointer change, in one statement. */
  async restore(slug: string, version: number, showEmails: boolean): Promise<DatasetModel> {
    const updated = await updateReturning<{ id: number }>(
      this.dataSource.manager,
      `UPDATE datasets d SET current_version_id = v.id FROM dataset_versions v
       WHERE d.slug = $1 AND v.dataset_id = d.id AND v.number = $2 RETURNING d.id`,
      [slug, version],
    );
    if (updated.length === 0) throw new AppError(AppErrorCode.NotFound, `Dataset ${slug} has no version ${version}.`);
    const dataset = (await this.list(showEmails)).find((candidate) => candidate.slug === slug);
    if (!dataset) throw new AppError(AppErrorCode.NotFound, `No dataset ${slug}.`);
    return dataset;
  }

  private async toModel(row: DatasetRow, showEmails: boolean): Promise<DatasetModel> {
    const sources: SourceEntity[] = row.current_version_id === null ? [] : await this.dataSource.query(CITED_SOURCES_SQL, [row.current_version_id]);
    return {
      id: String(row.id),
      slug: row.slug,
      title: row.title,
      description: row.description,
      currentVersion: row.versions.find((version) => version.id === row.current_version_id)?.number ?? null,
      versions: row.versions.map((version) => ({
        number: version.number,
        checksum: version.checksum,
        rowCount: version.row_count,
        createdBy: uploaderName(version.created_by, version.uploader_name),
        createdByEmail: showEmails && version.created_by.includes('@') ? version.created_by : null,
        createdAt: new Date(version.created_at),
        current: version.id === row.current_version_id,
      })),
      sources: sources.map(toSourceModel),
    };
  }
}

/**
 * Who uploaded a version, as anyone may see it: the account's display name; a former account's email
 * is never shown; a system uploader (`system:datasets`, `cli:<user>`) is named as stored.
 */
function uploaderName(createdBy: string, accountName: string | null): string {
  if (accountName !== null) return accountName;
  return createdBy.includes('@') ? 'a former user' : createdBy;
}
