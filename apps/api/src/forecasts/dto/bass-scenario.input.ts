import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SeriesKeyInput } from '../../series/dto/series-key.input.js';

@InputType('BassScenarioInput')
export class BassScenarioInput {
  @Field(() => SeriesKeyInput)
  @ValidateNested()
  @Type(() => SeriesKeyInput)
  series!: SeriesKeyInput;

  @Field(() => Float, { nullable: true, description: 'Market potential; the fitted one when absent.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  m?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(1e-6)
  @Max(1)
  p?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(5)
  q?: number;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(0)
  @Max(40)
  horizon = 5;

  @Field(() => String, { nullable: true, description: 'When the bundling effect starts (ISO date), e.g. the Windows XP launch.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  effectFrom?: string;

  @Field(() => Float, { nullable: true, description: 'The level change to apply from then on (e.g. the analyst view’s estimate), in the series’ base unit.' })
  @IsOptional()
  @IsNumber()
  levelChange?: number;
}
