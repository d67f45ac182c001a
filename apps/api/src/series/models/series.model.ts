import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Granularity, Metric, Segment } from '@marketlens/domain';
import { GranularityEnum } from '../../events/models/event.model.js';
import { MetricEnum, SegmentEnum } from '../../market-share/dto/market-share.args.js';
import { SourceModel } from '../../sources/models/source.model.js';

@ObjectType('SeriesPoint')
export class SeriesPointModel {
  @Field({ description: 'The period as written (2001-09, 2006-Q2…).' })
  period!: string;

  @Field({ description: 'First day of the period (ISO).' })
  start!: string;

  @Field(() => GranularityEnum)
  granularity!: Granularity;

  @Field(() => Float, { description: 'In the base unit.' })
  value!: number;

  @Field(() => Float)
  originalValue!: number;

  @Field()
  originalUnit!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => SourceModel, { description: 'The citation of this point.' })
  source!: SourceModel;
}

@ObjectType('SeriesKey', { description: 'Which series: a product’s metric in a segment and geography, measured by one party (the panel).' })
export class SeriesKeyModel {
  @Field(() => ID)
  productId!: string;

  @Field()
  product!: string;

  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => SegmentEnum)
  segment!: Segment;

  @Field()
  geography!: string;

  @Field({ description: 'Who measured it (the sources’ publisher).' })
  panel!: string;
}

@ObjectType('Series')
export class SeriesModel extends SeriesKeyModel {
  @Field()
  unit!: string;

  @Field(() => [SeriesPointModel], { description: 'Oldest first; gaps stay gaps.' })
  points!: SeriesPointModel[];
}

@ObjectType('SeriesSummary')
export class SeriesSummaryModel extends SeriesKeyModel {
  @Field(() => Int)
  points!: number;

  @Field()
  firstPeriod!: string;

  @Field()
  lastPeriod!: string;
}
