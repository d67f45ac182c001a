import { createHash } from 'node:crypto';
import type { PackageSource } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';

export interface SourceFields {
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly note: string | null;
}

function fingerprintOf(source: SourceFields): string {
  const identity = JSON.stringify([source.title, source.url, source.publisher, source.published]);
  return createHash('sha256').update(identity).digest('hex');
}

/** Stores a citation once, however many datasets cite it; returns its id. */
export async function upsertSource(manager: EntityManager, source: SourceFields): Promise<number> {
  const rows: Array<{ id: number }> = await manager.query(
    `INSERT INTO sources (fingerprint, title, url, publisher, published, note)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (fingerprint) DO UPDATE SET note = coalesce(EXCLUDED.note, sources.note)
     RETURNING id`,
    [fingerprintOf(source), source.title, source.url, source.publisher, source.published, source.note],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`could not store source "${source.title}"`);
  return id;
}

export function packageSourceFields(source: PackageSource): SourceFields {
  return {
    title: source.title,
    url: source.path || null,
    publisher: source.publisher || null,
    published: source.published || null,
    note: source.note || null,
  };
}
