import { Injectable, Logger } from '@nestjs/common';
import { IngestError, type DatasetInput } from '@marketlens/ingest';
import { DatasetPublisher, type PublishResult } from '../datasets/dataset-publisher.service.js';
import type { IngestionJobEntity } from './ingestion-job.entity.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { DatasetStager } from './staging/dataset-stager.js';
import { failureMessage, UploadInputError } from './upload/upload-failure.js';
import { planUpload, type ArrivedFile } from './upload/uploaded-files.js';
import { ValidationPool } from './validation/validation-pool.js';

/** Receive, then publish: the one pipeline behind the dashboard, the GraphQL API, the CLI and the seed. */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly jobs: IngestionJobs,
    private readonly stager: DatasetStager,
    private readonly publisher: DatasetPublisher,
    private readonly pool: ValidationPool,
  ) {}

  /**
   * Receives a job's uploaded files into staging: the job ends validated, rejected with its
   * problems, or failed with a clear message (a file cut off or too large, the database gone).
   */
  async receive(jobId: string, files: readonly ArrivedFile[], dataset: string | undefined): Promise<void> {
    try {
      const plan = await planUpload(files, dataset, (input, file) => this.pool.readHeader(input, file));
      if (plan.ok) await this.stager.stage(jobId, plan.input, plan.descriptorText);
      else await this.jobs.reject(jobId, plan.problems, plan.problems.length, 'the files do not form a dataset; nothing was stored');
    } catch (error) {
      // A file the client broke is the job's business; anything else is also the operator's.
      if (!(error instanceof UploadInputError)) this.logger.error(`ingestion job ${jobId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      // Staging has failed the job already (this is then a no-op); planning has not.
      await this.jobs.failReliably(jobId, failureMessage(error));
    }
  }

  /** Stages and, when valid, publishes; throws an IngestError listing the problems otherwise. */
  async ingest(input: DatasetInput, descriptorText: string | null, user: string, bytesTotal: number | null = null): Promise<{ job: IngestionJobEntity; result: PublishResult }> {
    const job = await this.jobs.create(user, input.resources.map((resource) => resource.path), bytesTotal);
    const outcome = await this.stager.stage(job.id, input, descriptorText);
    if (outcome.status === 'rejected') {
      const rejected = await this.jobs.get(job.id);
      throw new IngestError(rejected.problems, rejected.problemCount);
    }
    const result = await this.publisher.publish(job.id, user);
    return { job: await this.jobs.get(job.id), result };
  }
}
