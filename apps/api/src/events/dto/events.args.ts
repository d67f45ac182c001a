import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional } from 'class-validator';

@ArgsType()
export class EventsArgs {
  @Field(() => String, { nullable: true, description: 'Earliest date (ISO YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Latest date (ISO YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
