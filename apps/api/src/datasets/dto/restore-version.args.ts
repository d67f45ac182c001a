import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Matches, Min } from 'class-validator';

@ArgsType()
export class RestoreVersionArgs {
  @Field({ description: 'The dataset’s slug.' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'dataset must be a dataset slug such as im-usage' })
  dataset!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;
}
