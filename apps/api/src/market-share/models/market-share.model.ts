import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Granularity, Metric, Segment } from '@marketlens/domain';
import { MetricEnum, SegmentEnum } from '../dto/market-share.args.js';
import { ProductModel } from '../../catalog/models/product.model.js';
import { GranularityEnum } from '../../events/models/event.model.js';
import { SourceModel } from '../../sources/models/source.model.js';

@ObjectType('MarketShareEntry', { description: "One product's value and share in one period." })
export class MarketShareEntryModel {
  @Field(() => ProductModel)
  product!: ProductModel;

  @Field(() => Float, { description: 'The value in the base unit (count, minutes, usd).' })
  value!: number;

  @Field(() => Float, { description: "The product's value over the period's total, 0 to 1." })
  share!: number;

  @Field(() => Float, { description: 'The value as the source stated it.' })
  originalValue!: number;

  @Field({ description: 'The unit the source stated (million, minutes_billion…).' })
  originalUnit!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('MarketSharePeriod')
export class MarketSharePeriodModel {
  @Field({ description: 'The period as written: 2001, 2001-Q3, 2001-09, 2001-09-30.' })
  label!: string;

  @Field({ description: 'First day of the period (ISO).' })
  start!: string;

  @Field(() => GranularityEnum)
  granularity!: Granularity;

  @Field(() => Float, { description: 'Sum of the values compared in this period.' })
  total!: number;

  @Field(() => [MarketShareEntryModel], { description: 'Largest first; shares sum to 1.' })
  entries!: MarketShareEntryModel[];

  @Field(() => [ID], { description: "Products of this view the source did not report for this period: this period's shares are among fewer products." })
  missingProductIds!: string[];

  @Field(() => [Float], { nullable: 'items', description: 'Compact form for charts: each share in the order of MarketShare.products, null where not reported.' })
  shares!: Array<number | null>;

  @Field(() => [Float], { nullable: 'items', description: 'Compact form: each value (base unit) in the order of MarketShare.products, null where not reported.' })
  values!: Array<number | null>;

  @Field(() => Float, { description: 'Herfindahl–Hirschman index of the period’s shares, 0–10,000.' })
  hhi!: number;

  @Field(() => Float, { description: 'The largest share (CR1), 0 to 1.' })
  cr1!: number;

  @Field(() => Float, { description: 'The three largest shares combined (CR3), 0 to 1.' })
  cr3!: number;
}

/** What every share view shares: one source's metric, segment and geography. */
@ObjectType({ isAbstract: true })
abstract class SeriesFamilyModel {
  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => SegmentEnum)
  segment!: Segment;

  @Field()
  geography!: string;

  @Field(() => SourceModel)
  source!: SourceModel;
}

@ObjectType('MarketShare', { description: 'Shares among the products one source measured with one metric, segment and geography.' })
export class MarketShareModel extends SeriesFamilyModel {
  @Field({ description: 'The base unit of every value.' })
  unit!: string;

  @Field(() => [ProductModel], { description: 'Every product in the view, largest overall first.' })
  products!: ProductModel[];

  @Field(() => [MarketSharePeriodModel], { description: 'Oldest first; a period with no data is absent, never interpolated.' })
  periods!: MarketSharePeriodModel[];
}

@ObjectType('MarketShareView', { description: 'A metric, segment, geography and source combination for which shares can be computed.' })
export class MarketShareViewModel extends SeriesFamilyModel {
  @Field({ description: 'How many products the source compared.' })
  productCount!: number;

  @Field({ description: 'How many periods have at least two products.' })
  periodCount!: number;

  @Field()
  firstPeriod!: string;

  @Field()
  lastPeriod!: string;
}
