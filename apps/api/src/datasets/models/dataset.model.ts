import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SourceModel } from '../../sources/models/source.model.js';

@ObjectType('DatasetVersion', { description: 'One immutable upload of a dataset.' })
export class DatasetVersionModel {
  @Field(() => Int)
  number!: number;

  @Field({ description: 'SHA-256 of the uploaded files.' })
  checksum!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field({ description: 'Who uploaded it: a display name (emails are for admins: createdByEmail).' })
  createdBy!: string;

  @Field(() => String, { nullable: true, description: 'The uploader’s email; null unless you are an admin.' })
  createdByEmail!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'True for the version the product shows.' })
  current!: boolean;
}

@ObjectType('Dataset', { description: 'An uploaded dataset: the unit of provenance, replacement and restore.' })
export class DatasetModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'The current version’s number.' })
  currentVersion!: number | null;

  @Field(() => [DatasetVersionModel], { description: 'Newest first.' })
  versions!: DatasetVersionModel[];

  @Field(() => [SourceModel], { description: 'Every source the current version cites.' })
  sources!: SourceModel[];
}
