import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SeriesKeyInput } from '../../series/dto/series-key.input.js';
import { ForecastModelName } from '../forecast-model-name.js';

@InputType('ForecastInput')
export class ForecastInput {
  @Field(() => SeriesKeyInput)
  @ValidateNested()
  @Type(() => SeriesKeyInput)
  series!: SeriesKeyInput;

  @Field(() => ForecastModelName, { defaultValue: ForecastModelName.AUTO })
  @IsEnum(ForecastModelName)
  model: ForecastModelName = ForecastModelName.AUTO;

  @Field(() => Int, { defaultValue: 3, description: 'Periods to forecast (1–20).' })
  @IsInt()
  @Min(1)
  @Max(20)
  horizon = 3;

  @Field(() => String, { nullable: true, description: 'Vintage: fit only on data up to this date (ISO YYYY-MM-DD), as it was known then.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
