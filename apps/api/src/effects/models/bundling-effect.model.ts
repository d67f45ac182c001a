import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventModel } from '../../events/models/event.model.js';
import { SeriesModel } from '../../series/models/series.model.js';

/** GraphQL names an enum's values after its keys: upper case, as GraphQL enums are written. */
export enum EffectMethod {
  INTERRUPTED_TIME_SERIES = 'INTERRUPTED_TIME_SERIES',
  DIFFERENCE_IN_DIFFERENCES = 'DIFFERENCE_IN_DIFFERENCES',
  SYNTHETIC_CONTROL = 'SYNTHETIC_CONTROL',
}
registerEnumType(EffectMethod, {
  name: 'EffectMethod',
  description: 'Counterfactual from the series’ own past, from a control product, or from a weighted mix of donor products.',
});

@ObjectType('IntervalEstimate', { description: 'An estimate with its standard error and 95% interval.' })
export class IntervalEstimateModel {
  @Field(() => Float)
  estimate!: number;

  @Field(() => Float)
  standardError!: number;

  @Field(() => Float)
  lower!: number;

  @Field(() => Float)
  upper!: number;
}

@ObjectType('EffectPoint', { description: 'A period of the treated series with its counterfactual (what it would have been without the event).' })
export class EffectPointModel {
  @Field()
  period!: string;

  @Field()
  start!: string;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { nullable: true, description: 'Null before the event for interrupted time series (the fit is the data there).' })
  counterfactual!: number | null;

  @Field(() => Float, { nullable: true, description: '95% band of the counterfactual, where the method gives one.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true })
  upper!: number | null;

  @Field()
  afterEvent!: boolean;
}

@ObjectType('DonorWeight')
export class DonorWeightModel {
  @Field()
  name!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('BundlingEffect', { description: 'The estimated change in a series after an event, against a counterfactual, with intervals and warnings.' })
export class BundlingEffectModel {
  @Field(() => EffectMethod)
  method!: EffectMethod;

  @Field({ description: 'False when the data cannot support an estimate: read the warnings.' })
  ok!: boolean;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => EventModel)
  event!: EventModel;

  @Field(() => SeriesModel)
  series!: SeriesModel;

  @Field(() => IntervalEstimateModel, { nullable: true, description: 'Jump in level at the event (interrupted time series).' })
  levelChange!: IntervalEstimateModel | null;

  @Field(() => IntervalEstimateModel, { nullable: true, description: 'Change in slope per year (interrupted time series).' })
  slopeChange!: IntervalEstimateModel | null;

  @Field(() => IntervalEstimateModel, { nullable: true, description: 'Average effect after the event (difference-in-differences).' })
  effect!: IntervalEstimateModel | null;

  @Field(() => IntervalEstimateModel, { nullable: true, description: 'Sum of actual − counterfactual over the periods after the event.' })
  cumulativeEffect!: IntervalEstimateModel | null;

  @Field(() => [EffectPointModel])
  points!: EffectPointModel[];

  @Field(() => [DonorWeightModel], { description: 'Synthetic control: each donor’s weight (non-negative, summing to 1).' })
  weights!: DonorWeightModel[];

  @Field(() => Float, { nullable: true, description: 'Synthetic control: placebo permutation p-value.' })
  pValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Synthetic control: root mean squared error of the fit before the event.' })
  preRmspe!: number | null;
}
