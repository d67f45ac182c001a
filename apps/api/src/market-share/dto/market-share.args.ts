import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { GRANULARITIES, METRICS, SEGMENTS, type Granularity, type Metric, type Segment } from '@marketlens/domain';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { GranularityEnum } from '../../events/models/event.model.js';

export const MetricEnum = Object.fromEntries(METRICS.map((metric) => [metric, metric])) as Record<Metric, Metric>;
registerEnumType(MetricEnum, { name: 'Metric' });
export const SegmentEnum = Object.fromEntries(SEGMENTS.map((segment) => [segment, segment])) as Record<Segment, Segment>;
registerEnumType(SegmentEnum, { name: 'Segment' });

@ArgsType()
export class MarketShareArgs {
  @Field(() => MetricEnum)
  @IsIn(METRICS)
  metric!: Metric;

  @Field(() => SegmentEnum)
  @IsIn(SEGMENTS)
  segment!: Segment;

  @Field({ description: 'ISO 3166-1 alpha-2 code or region (WW, NA, EU, EMEA, LATAM, APAC, MM12).' })
  @Matches(/^[A-Z]{2}$|^[A-Z0-9]{2,5}$/, { message: 'geography must be a country or region code such as US or WW' })
  geography!: string;

  @Field(() => ID)
  @Matches(/^\d{1,9}$/, { message: 'sourceId must be a source id' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Earliest period start (ISO YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Latest period start (ISO YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @Field(() => GranularityEnum, { nullable: true, description: 'Only periods of this granularity.' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;
}
