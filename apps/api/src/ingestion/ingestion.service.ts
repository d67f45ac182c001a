import { Injectable } from '@nestjs/common';
import { IngestError, type DatasetInput } from '@marketlens/ingest';
import { DatasetPublisher, type PublishResult } from '../datasets/dataset-publisher.service.js';
import type { IngestionJobEntity } from './ingestion-job.entity.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { DatasetStager } from './staging/dataset-stager.js';

/** Receive, then publish: the one pipeline behind the dashboard, the GraphQL API, the CLI and the seed. */
@Injectable()
export class IngestionService {
  constructor(
    private readonly jobs: IngestionJobs,
    private readonly stager: DatasetStager,
    private readonly publisher: DatasetPublisher,
  ) {}

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
