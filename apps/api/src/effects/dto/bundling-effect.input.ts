import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { SeriesKeyInput } from '../../series/dto/series-key.input.js';
import { EffectMethod } from '../models/bundling-effect.model.js';

export const MAX_DONORS = 20;

@InputType('BundlingEffectInput')
export class BundlingEffectInput {
  @Field(() => EffectMethod)
  @IsEnum(EffectMethod)
  method!: EffectMethod;

  @Field(() => ID, { description: 'The event whose effect to estimate (e.g. the Windows XP launch).' })
  @Matches(/^\d{1,9}$/, { message: 'eventId must be an event id' })
  eventId!: string;

  @Field(() => SeriesKeyInput, { description: 'The series the event may have moved.' })
  @ValidateNested()
  @Type(() => SeriesKeyInput)
  series!: SeriesKeyInput;

  @Field(() => SeriesKeyInput, { nullable: true, description: 'Difference-in-differences: the control series.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeriesKeyInput)
  control?: SeriesKeyInput;

  @Field(() => [SeriesKeyInput], { nullable: true, description: `Synthetic control: donor series (at most ${MAX_DONORS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_DONORS)
  @ValidateNested({ each: true })
  @Type(() => SeriesKeyInput)
  donors?: SeriesKeyInput[];
}
