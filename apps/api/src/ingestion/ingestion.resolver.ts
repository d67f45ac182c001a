import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { RequestContext } from '../auth/request-context.js';
import { Roles } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DatasetPublisher } from '../datasets/dataset-publisher.service.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { CreateIngestionJobArgs, IngestionJobsArgs, JobIdArgs, UploadDatasetArgs } from './dto/ingestion.args.js';
import type { IngestionJobEntity } from './ingestion-job.entity.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { IngestionJobModel, toJobModel } from './models/ingestion-job.model.js';
import { IngestionService } from './ingestion.service.js';
import { UPLOAD_ROLES } from './upload/multipart-gate.js';
import { ReceivedFiles } from './upload/received-files.js';
import { megabytes } from './upload/upload-failure.js';

function caller(context: RequestContext): { email: string; admin: boolean } {
  const user = context.req.user;
  if (!user) throw new AppError(AppErrorCode.Unauthenticated, 'Log in to do this.');
  return { email: user.email, admin: user.role === 'admin' };
}

/** Researchers see and act on their own uploads; admins on everyone's. */
function ensureOwner(job: IngestionJobEntity, context: RequestContext): void {
  const { email, admin } = caller(context);
  if (!admin && job.createdBy !== email) throw new AppError(AppErrorCode.Forbidden, 'This upload belongs to someone else.');
}

@Resolver()
export class IngestionResolver {
  constructor(
    private readonly jobs: IngestionJobs,
    private readonly ingestion: IngestionService,
    private readonly publisher: DatasetPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('researcher', 'admin')
  @Mutation(() => IngestionJobModel, { description: 'Step 1 of an upload: a job to watch (its id) while the files are sent.' })
  async createIngestionJob(@Args() args: CreateIngestionJobArgs, @Context() context: RequestContext): Promise<IngestionJobModel> {
    if (args.bytesTotal !== undefined && args.bytesTotal > this.config.uploadMaxBytes * args.files.length) {
      throw new AppError(AppErrorCode.BadInput, `These files are larger than the upload limit of ${megabytes(this.config.uploadMaxBytes)} per file.`);
    }
    return toJobModel(await this.jobs.create(caller(context).email, args.files, args.bytesTotal ?? null));
  }

  @Roles(...UPLOAD_ROLES)
  @Mutation(() => IngestionJobModel, { description: 'Step 2: send the files (multipart); they are validated and staged, nothing is published yet.' })
  async uploadDataset(@Args() args: UploadDatasetArgs, @Context() context: RequestContext): Promise<IngestionJobModel> {
    const received = await ReceivedFiles.settle(args.files, this.config.uploadMaxBytes);
    try {
      const job = await this.jobs.get(args.jobId);
      ensureOwner(job, context);
      if (job.status !== 'created') throw new AppError(AppErrorCode.Conflict, `This upload is already ${job.status}; start a new one.`);
      const unusable = received.unusable();
      if (unusable) {
        await this.jobs.fail(job.id, unusable.message);
        if (unusable.badRequest) throw new AppError(AppErrorCode.BadInput, unusable.message);
      } else {
        await this.ingestion.receive(job.id, received.files(), args.dataset);
      }
      return toJobModel(await this.jobs.get(job.id));
    } finally {
      received.close();
    }
  }

  @Roles('researcher', 'admin')
  @Mutation(() => IngestionJobModel, { description: 'Step 3: publish a validated upload as the dataset’s new current version (all or nothing).' })
  async publishIngestionJob(@Args() args: JobIdArgs, @Context() context: RequestContext): Promise<IngestionJobModel> {
    ensureOwner(await this.jobs.get(args.jobId), context);
    await this.publisher.publish(args.jobId, caller(context).email);
    return toJobModel(await this.jobs.get(args.jobId));
  }

  @Roles('researcher', 'admin')
  @Mutation(() => IngestionJobModel, { description: 'Drops a validated upload without publishing it.' })
  async discardIngestionJob(@Args() args: JobIdArgs, @Context() context: RequestContext): Promise<IngestionJobModel> {
    const job = await this.jobs.get(args.jobId);
    ensureOwner(job, context);
    await this.jobs.discard(job.id);
    return toJobModel(await this.jobs.get(job.id));
  }

  @Roles('researcher', 'admin')
  @Query(() => IngestionJobModel, { description: 'An upload’s progress, problems and preview (poll while it runs).' })
  async ingestionJob(@Args() args: JobIdArgs, @Context() context: RequestContext): Promise<IngestionJobModel> {
    const job = await this.jobs.get(args.jobId);
    ensureOwner(job, context);
    return toJobModel(job);
  }

  @Roles('researcher', 'admin')
  @Query(() => [IngestionJobModel], { description: 'Recent uploads, newest first: yours, or everyone’s for an admin.' })
  async ingestionJobs(@Args() args: IngestionJobsArgs, @Context() context: RequestContext): Promise<IngestionJobModel[]> {
    const { email, admin } = caller(context);
    return (await this.jobs.list(admin ? undefined : email, args.take)).map(toJobModel);
  }
}
