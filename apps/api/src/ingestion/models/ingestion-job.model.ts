import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JOB_STATUSES, type IngestionJobEntity, type JobStatus } from '../ingestion-job.entity.js';

export const JobStatusEnum = Object.fromEntries(JOB_STATUSES.map((status) => [status, status])) as Record<JobStatus, JobStatus>;
registerEnumType(JobStatusEnum, {
  name: 'IngestionStatus',
  description: 'created → receiving → validated (ready to publish) or rejected → published or unchanged; failed when interrupted; discarded when not published.',
});

@ObjectType('Problem', { description: 'One thing wrong with an upload: where (file, line, column), the value, and what was expected.' })
export class ProblemModel {
  @Field()
  file!: string;

  @Field(() => Int, { description: '1-based line; 0 for the file as a whole.' })
  line!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The offending value, as text (show it inertly).' })
  value!: string | null;

  @Field()
  message!: string;
}

@ObjectType('NamedValue')
export class NamedValueModel {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@ObjectType('KindCount')
export class KindCountModel {
  @Field()
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PreviewRow', { description: 'One of the first valid rows of an upload, every field as text.' })
export class PreviewRowModel {
  @Field()
  kind!: string;

  @Field()
  file!: string;

  @Field(() => Int)
  line!: number;

  @Field(() => [NamedValueModel], { description: 'Each field as text.' })
  values!: NamedValueModel[];
}

@ObjectType('PublishOutcome')
export class PublishOutcomeModel {
  @Field()
  dataset!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [KindCountModel], { description: 'Rows stored per resource kind.' })
  rows!: KindCountModel[];

  @Field(() => [String], { description: 'Vendors the upload named that the catalog did not know: created.' })
  createdVendors!: string[];

  @Field(() => [String], { description: 'Products the upload named that the catalog did not know: created.' })
  createdProducts!: string[];
}

@ObjectType('IngestionJob', { description: 'An upload on its way in, with its progress, problems and preview.' })
export class IngestionJobModel {
  @Field(() => ID)
  id!: string;

  @Field(() => JobStatusEnum)
  status!: JobStatus;

  @Field(() => String, { nullable: true })
  dataset!: string | null;

  @Field(() => [String])
  files!: string[];

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Float)
  bytesReceived!: number;

  @Field(() => Float, { nullable: true })
  bytesTotal!: number | null;

  @Field(() => Float)
  rowsValidated!: number;

  @Field(() => Int, { description: 'All problems found; `problems` lists the first 100.' })
  problemCount!: number;

  @Field(() => [ProblemModel])
  problems!: ProblemModel[];

  @Field(() => [PreviewRowModel])
  preview!: PreviewRowModel[];

  @Field(() => PublishOutcomeModel, { nullable: true })
  result!: PublishOutcomeModel | null;

  @Field(() => String, { nullable: true, description: 'What happened, in a sentence.' })
  message!: string | null;
}

export function toJobModel(job: IngestionJobEntity): IngestionJobModel {
  return {
    id: job.id,
    status: job.status,
    dataset: job.dataset,
    files: job.files,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    bytesReceived: job.bytesReceived,
    bytesTotal: job.bytesTotal,
    rowsValidated: job.rowsValidated,
    problemCount: job.problemCount,
    problems: job.problems.map((problem) => ({ file: problem.file, line: problem.line, column: problem.column ?? null, value: problem.value ?? null, message: problem.message })),
    preview: job.preview.map((row) => ({ ...row, values: [...row.values] })),
    result: job.result ? { ...job.result, rows: Object.entries(job.result.rows).map(([kind, count]) => ({ kind, count })) } : null,
    message: job.message,
  };
}
