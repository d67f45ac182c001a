import { Field, ID, InputType } from '@nestjs/graphql';
import { METRICS, SEGMENTS, type Metric, type Segment } from '@marketlens/domain';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MetricEnum, SegmentEnum } from '../../market-share/dto/market-share.args.js';

@InputType('SeriesKeyInput', { description: 'Names one series.' })
export class SeriesKeyInput {
  @Field(() => ID)
  @Matches(/^\d{1,9}$/, { message: 'productId must be a product id' })
  productId!: string;

  @Field(() => MetricEnum)
  @IsIn(METRICS)
  metric!: Metric;

  @Field(() => SegmentEnum)
  @IsIn(SEGMENTS)
  segment!: Segment;

  @Field()
  @Matches(/^[A-Z0-9]{2,5}$/, { message: 'geography must be a country or region code such as US or WW' })
  geography!: string;

  @Field({ description: 'Who measured it (a source publisher).' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  panel!: string;
}
