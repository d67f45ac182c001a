import { ArgsType, Field } from '@nestjs/graphql';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '@marketlens/domain';
import { ArrayMaxSize, IsIn, IsISO8601, IsOptional } from 'class-validator';
import { PartnershipKindEnum } from '../models/partnership-network.model.js';

@ArgsType()
export class PartnershipNetworkArgs {
  @Field(() => String, { nullable: true, description: 'Only partnerships started by this date (ISO YYYY-MM-DD); all when absent.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @Field(() => [PartnershipKindEnum], { nullable: true, description: 'Only these kinds; all when absent.' })
  @IsOptional()
  @ArrayMaxSize(PARTNERSHIP_KINDS.length)
  @IsIn(PARTNERSHIP_KINDS, { each: true })
  kinds?: PartnershipKind[];
}
