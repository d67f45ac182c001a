import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DatasetInput, DatasetResource } from '@marketlens/ingest';
import type pg from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { ProblemCollector } from '../../datasets/problem-collector.js';
import type { PreviewRow } from '../ingestion-job.entity.js';
import { IngestionJobs } from '../ingestion-jobs.service.js';
import { failureMessage } from '../upload/upload-failure.js';
import { OBSERVATION_COLUMNS, RECORD_COLUMNS, type ValidatedBatch } from '../validation/upload-validator.js';
import { ValidationPool, type ValidationSession } from '../validation/validation-pool.js';
import { CopyWriter } from './copy-writer.js';
import { KnownNames } from './known-names.js';
import { UploadProgress } from './progress.js';
import { findStagedDuplicates } from './staged-duplicates.js';
import { createStagingTables, stagingTables } from './staging-tables.js';

export type StageOutcome = { status: 'validated'; rows: number; checksum: string } | { status: 'rejected'; problems: number };

interface StagingRun {
  readonly jobId: string;
  readonly problems: ProblemCollector;
  readonly progress: UploadProgress;
  readonly validation: ValidationSession;
  /** The connection of the observations COPY, which then looks for repeated series points. */
  readonly client: pg.PoolClient;
  readonly observations: CopyWriter;
  readonly records: CopyWriter;
  readonly preview: PreviewRow[];
}

/**
 * Receives an upload into staging in one streaming pass: every row validated (on a worker thread),
 * valid rows COPYed into unlogged staging tables, progress reported, problems collected. Nothing
 * live changes here; publishing moves staged rows in one transaction. Any failure (a file cut off,
 * the database gone) fails the job with a clear message, drops its staging tables, and is rethrown.
 */
@Injectable()
export class DatasetStager {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: IngestionJobs,
    private readonly pool: ValidationPool,
  ) {}

  async stage(jobId: string, input: DatasetInput, descriptorText: string | null): Promise<StageOutcome> {
    const runners: QueryRunner[] = [];
    let run: StagingRun | undefined;
    try {
      const files = input.resources.map((resource) => resource.path);
      await this.jobs.start(jobId, input.descriptor.name, input.descriptor as Record<string, unknown>, files, null);
      await createStagingTables(this.dataSource.manager, jobId);
      run = await this.begin(jobId, input, descriptorText, runners);
      for (const resource of input.resources) await this.stageResource(run, resource);
      await run.validation.finish();
      await run.observations.end();
      await run.records.end();
      await this.findDuplicates(run, input);
      await run.progress.flush();
      return await this.conclude(run);
    } catch (error) {
      run?.validation.abandon();
      run?.observations.abort();
      run?.records.abort();
      await this.jobs.failReliably(jobId, failureMessage(error));
      throw error;
    } finally {
      await Promise.all(runners.map((runner) => runner.release().catch(() => undefined)));
    }
  }

  private async begin(jobId: string, input: DatasetInput, descriptorText: string | null, runners: QueryRunner[]): Promise<StagingRun> {
    const tables = stagingTables(jobId);
    // One connection per COPY: a connection runs one COPY at a time.
    runners.push(this.dataSource.createQueryRunner(), this.dataSource.createQueryRunner());
    const [client, recordsClient] = (await Promise.all(runners.map((runner) => runner.connect()))) as [pg.PoolClient, pg.PoolClient];
    const progress = new UploadProgress((bytes, rows) => this.jobs.progress(jobId, bytes, rows));
    if (descriptorText !== null) progress.hashText(descriptorText);
    const names = await KnownNames.catalog(this.dataSource.manager);
    return {
      jobId,
      problems: new ProblemCollector(),
      progress,
      client,
      validation: this.pool.open({ names, sourceIds: input.descriptor.sources.map((source) => source.id) }),
      observations: CopyWriter.start(client, tables.observations, OBSERVATION_COLUMNS),
      records: CopyWriter.start(recordsClient, tables.records, RECORD_COLUMNS),
      preview: [],
    };
  }

  private async stageResource(run: StagingRun, resource: DatasetResource): Promise<void> {
    const store = async (batch: ValidatedBatch): Promise<void> => {
      run.problems.addFound(batch.problems, batch.problemCount);
      run.preview.push(...batch.preview);
      run.progress.rowsValidated(batch.rows);
      // Once anything is wrong the upload cannot be published: the worker stops sending rows.
      await run.observations.write(batch.observations, batch.observationRows);
      await run.records.write(batch.records, batch.recordRows);
    };
    await run.validation.validate(resource.open(), resource.kind, resource.path, (chunk) => run.progress.bytesRead(chunk), store);
    run.progress.endFile();
  }

  private async findDuplicates(run: StagingRun, input: DatasetInput): Promise<void> {
    if (run.problems.any || run.observations.rows === 0) return;
    const duplicates = await findStagedDuplicates(run.client, stagingTables(run.jobId).observations, fileOf(input, 'observations'));
    run.problems.addFound(duplicates.problems, duplicates.total);
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
}

function fileOf(input: DatasetInput, kind: DatasetResource['kind']): string {
  return input.resources.find((resource) => resource.kind === kind)?.path ?? kind;
}
