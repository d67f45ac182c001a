import type { Problem } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';
import type { CatalogWriter } from '../catalog/catalog-writer.js';
import type { ProblemCollector } from './problem-collector.js';

/** What every resource sink of one publishing transaction shares. */
export interface PublishContext {
  readonly manager: EntityManager;
  readonly versionId: number;
  readonly catalog: CatalogWriter;
  readonly problems: ProblemCollector;
  /** The source id for a row's `source` value, or undefined (and a problem) when it names no source. */
  sourceId(value: string, at: Omit<Problem, 'message'>): Promise<number | undefined>;
}

/** Receives the valid rows of one resource kind. */
export interface RowSink<Row> {
  accept(row: Row, file: string): Promise<void>;
  /** Called once after the last row (flush buffers, run set-wide checks). */
  finish(): Promise<void>;
  readonly count: number;
}
