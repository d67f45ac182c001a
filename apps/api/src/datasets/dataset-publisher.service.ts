import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IngestError,
  RESOURCE_ORDER,
  type DataPackage,
  type EventRow,
  type PartnershipRow,
  type PredictionRow,
  type ProductRow,
  type ResourceKind,
  type VendorRow,
} from '@marketlens/ingest';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogWriter } from '../catalog/catalog-writer.js';
import { ProductSink, VendorSink } from '../catalog/catalog-sinks.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { EventSink } from '../events/event-sink.js';
import type { PublishOutcome } from '../ingestion/ingestion-job.entity.js';
import { IngestionJobs } from '../ingestion/ingestion-jobs.service.js';
import { stagingTables } from '../ingestion/staging/staging-tables.js';
import { PartnershipSink } from '../partnerships/partnership-sink.js';
import { PredictionSink } from '../predictions/prediction-sink.js';
import { DatasetVersionWriter } from './dataset-version-writer.js';
import { ProblemCollector } from './problem-collector.js';
import type { PublishContext, RowSink } from './publish-context.js';
import { SourceResolver } from './source-resolver.js';
import { publishStagedObservations } from './staged-observations-publisher.js';

export interface PublishResult extends PublishOutcome {
  /** `unchanged`: the same content was already a version of this dataset; nothing was written. */
  readonly status: 'published' | 'unchanged';
}

/**
 * Validation already rejects repeated series points within an upload; the unique index catches what
 * changed in between (another upload adding an alias that makes two names one product).
 */
const SERIES_POINT_CONFLICT = new IngestError([
  { file: 'observations', line: 0, message: 'two rows became the same series point while publishing (a product alias changed since validation); upload again to see which' },
]);

function isSeriesPointConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | undefined)?.driverError;
  return driverError?.code === '23505' && driverError.constraint === 'observations_series_point_idx';
}

/**
 * Publishes a validated ingestion job in one transaction: a new dataset version, its rows moved from
 * staging, the version made current. A crash or a problem anywhere rolls everything back.
 */
@Injectable()
export class DatasetPublisher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: IngestionJobs,
  ) {}

  async publish(jobId: string, publishedBy: string): Promise<PublishResult> {
    try {
      return await this.dataSource.transaction((manager) => this.publishIn(manager, jobId, publishedBy));
    } catch (thrown) {
      const error = isSeriesPointConflict(thrown) ? SERIES_POINT_CONFLICT : thrown;
      if (!(error instanceof IngestError)) throw error;
      await this.jobs.reject(jobId, error.problems, error.totalProblems, `${error.totalProblems} problems found while publishing; nothing was stored`);
      throw new AppError(AppErrorCode.IngestRejected, error.message, { problems: error.problems, totalProblems: error.totalProblems });
    }
  }

  private async publishIn(manager: EntityManager, jobId: string, publishedBy: string): Promise<PublishResult> {
    const rows: Array<{ status: string; checksum: string; descriptor: DataPackage }> = await manager.query(
      'SELECT status, checksum, descriptor FROM ingestion_jobs WHERE id = $1 FOR UPDATE',
      [jobId],
    );
    const job = rows[0];
    if (!job) throw new AppError(AppErrorCode.NotFound, `No ingestion job ${jobId}.`);
    if (job.status !== 'validated') throw new AppError(AppErrorCode.Conflict, `This upload is ${job.status}; only a validated upload can be published.`);
    const descriptor = job.descriptor;
    const versions = new DatasetVersionWriter(manager);
    const existing = await versions.lockAndFind(descriptor.name, job.checksum);
    if (existing) {
      const outcome: PublishResult = { status: 'unchanged', dataset: descriptor.name, version: existing.number, rows: {}, createdVendors: [], createdProducts: [] };
      await this.jobs.finish(manager, jobId, 'unchanged', outcome, `identical to version ${existing.number} of ${descriptor.name}: nothing changed`);
      return outcome;
    }
    const version = await versions.create(descriptor, job.checksum, publishedBy);
    const problems = new ProblemCollector();
    const catalog = new CatalogWriter(manager);
    const sources = await SourceResolver.forPackage(manager, descriptor.sources, problems);
    const context: PublishContext = { manager, versionId: version.id, catalog, problems, sourceId: (value, at) => sources.idOf(value, at) };
    const counts: Record<string, number> = {};
    for (const kind of RESOURCE_ORDER) {
      const count = kind === 'observations' ? await publishStagedObservations(manager, jobId, version.id, catalog, sources) : await this.publishRecords(manager, jobId, kind, context);
      if (count > 0) counts[kind] = count;
    }
    problems.throwIfAny();
    await versions.makeCurrent(version, Object.values(counts).reduce((sum, count) => sum + count, 0));
    const outcome: PublishResult = { status: 'published', dataset: descriptor.name, version: version.number, rows: counts, createdVendors: catalog.created.vendors, createdProducts: catalog.created.products };
    await this.jobs.finish(manager, jobId, 'published', outcome, `published as version ${version.number} of ${descriptor.name}`);
    return outcome;
  }

  private async publishRecords(manager: EntityManager, jobId: string, kind: Exclude<ResourceKind, 'observations'>, context: PublishContext): Promise<number> {
    const sink = sinkFor(kind, context);
    const records: Array<{ file: string; data: unknown }> = await manager.query(`SELECT file, data FROM ${stagingTables(jobId).records} WHERE kind = $1 ORDER BY file, line`, [kind]);
    for (const record of records) await sink.accept(record.data, record.file);
    await sink.finish();
    return sink.count;
  }
}

function sinkFor(kind: Exclude<ResourceKind, 'observations'>, context: PublishContext): RowSink<unknown> {
  const sinks: { [K in Exclude<ResourceKind, 'observations'>]: () => RowSink<never> } = {
    vendors: () => new VendorSink(context) as RowSink<VendorRow>,
    products: () => new ProductSink(context) as RowSink<ProductRow>,
    events: () => new EventSink(context) as RowSink<EventRow>,
    partnerships: () => new PartnershipSink(context) as RowSink<PartnershipRow>,
    predictions: () => new PredictionSink(context) as RowSink<PredictionRow>,
  };
  return sinks[kind]() as RowSink<unknown>;
}
