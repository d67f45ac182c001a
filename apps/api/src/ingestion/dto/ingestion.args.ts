import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLUpload, type FileUpload } from '../upload/graphql-upload.js';
import { WITHOUT_CONTROL_CHARACTERS } from '../upload/received-files.js';

export const MAX_UPLOAD_FILES = 10;

@ArgsType()
export class CreateIngestionJobArgs {
  @Field(() => [String], { description: 'The names of the files about to be uploaded.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_UPLOAD_FILES)
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  @Matches(WITHOUT_CONTROL_CHARACTERS, { each: true, message: 'files must be file names without control characters' })
  files!: string[];

  @Field(() => Float, { nullable: true, description: 'Their total size in bytes, for the progress bar.' })
  @IsOptional()
  @Min(0)
  bytesTotal?: number;
}

@ArgsType()
export class JobIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'jobId must be an ingestion job id' })
  jobId!: string;
}

@ArgsType()
export class UploadDatasetArgs extends JobIdArgs {
  @Field(() => [GraphQLUpload], { description: 'A CSV or JSON file, several resources, and optionally their datapackage.json.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_UPLOAD_FILES)
  files!: Array<Promise<FileUpload>>;

  @Field(() => String, { nullable: true, description: 'The dataset to add a version to, when there is no datapackage.json (default: the file name).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  dataset?: string;
}

@ArgsType()
export class IngestionJobsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  take = 20;
}
