import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RESOURCE_DEFINITIONS,
  readResource,
  type DatasetInput,
  type EventRow,
  type ObservationRow,
  type PartnershipRow,
  type ProductRow,
  type ResourceKind,
  type VendorRow,
} from '@marketlens/ingest';
import type { Readable } from 'node:stream';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ProblemCollector } from '../../datasets/problem-collector.js';
import type { PreviewRow } from '../ingestion-job.entity.js';
import { IngestionJobs } from '../ingestion-jobs.service.js';
import { CopyWriter } from './copy-writer.js';
import { KnownNames } from './known-names.js';
import { PREVIEW_ROWS, previewOf } from './preview.js';
import { UploadProgress } from './progress.js';
import { findStagedDuplicates } from './staged-duplicates.js';
import { createStagingTables, stagingTables } from './staging-tables.js';

export type StageOutcome = { status: 'validated'; rows: number; checksum: string } | { status: 'rejected'; problems: number };

const OBSERVATION_COLUMNS = [
  'line', 'period_start', 'granularity', 'product', 'product_key', 'product_ref', 'vendor', 'vendor_key', 'metric',
  'value', 'unit', 'original_value', 'original_unit', 'segment', 'geography', 'source_key', 'note',
];

interface StagingRun {
  readonly jobId: string;
  readonly problems: ProblemCollector;
  readonly progress: UploadProgress;
  readonly names: KnownNames;
  readonly sourceIds: ReadonlySet<string>;
  readonly observations: CopyWriter;
  readonly records: CopyWriter;
  readonly preview: PreviewRow[];
}

/**
 * Receives an upload into staging in one streaming pass: every row validated, valid rows COPYed into
 * unlogged staging tables, progress reported, problems collected. Nothing live changes here;
 * publishing moves staged rows in one transaction.
 */
@Injectable()
export class DatasetStager {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: IngestionJobs,
  ) {}

  async stage(jobId: string, input: DatasetInput, descriptorText: string | null): Promise<StageOutcome> {
    const files = input.resources.map((resource) => resource.path);
    await this.jobs.start(jobId, input.descriptor.name, input.descriptor as Record<string, unknown>, files, null);
    await createStagingTables(this.dataSource.manager, jobId);
    const tables = stagingTables(jobId);
    // One connection per COPY: a connection runs one COPY at a time.
    const runners = [this.dataSource.createQueryRunner(), this.dataSource.createQueryRunner()] as const;
    const [client, recordsClient] = (await Promise.all(runners.map((runner) => runner.connect()))) as [pg.PoolClient, pg.PoolClient];
    const progress = new UploadProgress((bytes, rows) => this.jobs.progress(jobId, bytes, rows));
    if (descriptorText !== null) progress.hashText(descriptorText);
    const run: StagingRun = {
      jobId,
      problems: new ProblemCollector(),
      progress,
      names: await KnownNames.load(this.dataSource.manager),
      sourceIds: new Set(input.descriptor.sources.map((source) => source.id)),
      observations: CopyWriter.start(client, tables.observations, OBSERVATION_COLUMNS),
      records: CopyWriter.start(recordsClient, tables.records, ['kind', 'line', 'file', 'data']),
      preview: [],
    };
    try {
      for (const resource of input.resources) {
        await this.stageResource(run, resource.kind, resource.path, resource.open());
      }
      await run.observations.end();
      await run.records.end();
      if (!run.problems.any && run.observations.rows > 0) {
        const duplicates = await findStagedDuplicates(client, tables.observations, fileOf(input, 'observations'));
        run.problems.addFound(duplicates.problems, duplicates.total);
      }
      await progress.flush();
    } catch (error) {
      run.observations.abort();
      run.records.abort();
      await this.jobs.fail(jobId, `could not read the upload: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
    return this.conclude(run);
  }

  private async conclude(run: StagingRun): Promise<StageOutcome> {
    const { rows, bytes } = run.progress.totals;
    if (run.problems.any) {
      const message = `${run.problems.total} problem${run.problems.total === 1 ? '' : 's'}; nothing was stored`;
      await this.jobs.reject(run.jobId, run.problems.kept, run.problems.total, message);
      return { status: 'rejected', problems: run.problems.total };
    }
    const checksum = run.progress.checksum();
    await this.jobs.validated(run.jobId, checksum, run.preview, rows, bytes);
    return { status: 'validated', rows, checksum };
  }

  private async stageResource(run: StagingRun, kind: ResourceKind, file: string, input: Readable): Promise<void> {
    const stream = input.pipe(run.progress.meter());
    for await (const item of readResource(stream, RESOURCE_DEFINITIONS[kind], file)) {
      if (item.type === 'problem') {
        run.problems.add(item.problem);
        continue;
      }
      const row = item.row as { line: number } & Record<string, unknown>;
      this.checkReferences(run, kind, file, row);
      run.progress.rowValidated();
      if (run.preview.length < PREVIEW_ROWS) run.preview.push(previewOf(kind, file, row));
      // Once anything is wrong the upload cannot be published: keep validating, stop storing.
      if (run.problems.any) continue;
      if (kind === 'observations') await this.stageObservation(run, row as unknown as ObservationRow);
      else await run.records.write([kind, row.line, file, JSON.stringify(row)]);
    }
    run.progress.endFile();
  }

  private checkReferences(run: StagingRun, kind: ResourceKind, file: string, row: { line: number } & Record<string, unknown>): void {
    const source = row['source'];
    if (typeof source === 'string' && run.sourceIds.size > 0 && !run.sourceIds.has(source)) {
      const listed = [...run.sourceIds].slice(0, 8).join(', ');
      run.problems.add({ file, line: row.line, column: 'source', value: source, message: `is not a source id in datapackage.json (sources: ${listed}${run.sourceIds.size > 8 ? ', …' : ''})` });
    }
    if (kind === 'vendors') run.names.defineVendor(row as unknown as VendorRow);
    if (kind === 'products') run.names.defineProduct(row as unknown as ProductRow);
    const parties: Array<[string, string]> =
      kind === 'events'
        ? (row as unknown as EventRow).actors.map((name) => ['actors', name])
        : kind === 'partnerships'
          ? [['from', (row as unknown as PartnershipRow).from], ['to', (row as unknown as PartnershipRow).to]]
          : [];
    for (const [column, name] of parties) {
      if (!run.names.isParty(name)) {
        run.problems.add({ file, line: row.line, column, value: name, message: 'is not a known vendor or product; add it to a vendors or products resource' });
      }
    }
  }

  private async stageObservation(run: StagingRun, row: ObservationRow): Promise<void> {
    await run.observations.write([
      row.line, row.period.start, row.period.granularity, row.product, run.names.key(row.product), run.names.productRef(row.product),
      row.vendor, row.vendor ? run.names.key(row.vendor) : null, row.metric, row.value, row.unit, row.originalValue, row.originalUnit,
      row.segment, row.geography, row.source, row.note,
    ]);
  }
}

function fileOf(input: DatasetInput, kind: ResourceKind): string {
  return input.resources.find((resource) => resource.kind === kind)?.path ?? kind;
}
