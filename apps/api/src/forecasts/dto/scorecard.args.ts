import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';

@ArgsType()
export class ScorecardArgs {
  @Field(() => Float, { defaultValue: 0.1, description: 'A count is a hit within this share of the prediction (0.1 = ±10%).' })
  @IsNumber()
  @Min(0)
  @Max(1)
  tolerance = 0.1;

  @Field(() => Float, { defaultValue: 5, description: 'A percentage is a hit within this many percentage points.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  percentPoints = 5;
}
