import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SourceModel } from '../../sources/models/source.model.js';

@ObjectType('ScoredActual', { description: 'The measured value a prediction is scored against.' })
export class ScoredActualModel {
  @Field()
  period!: string;

  @Field({ description: 'What was measured (a market-wide total, usually).' })
  product!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  originalValue!: number;

  @Field()
  originalUnit!: string;

  @Field()
  segment!: string;

  @Field()
  geography!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => SourceModel)
  source!: SourceModel;
}

@ObjectType('PredictionScore', { description: 'A published prediction (Gartner, IDC…) against what was measured.' })
export class PredictionScoreModel {
  @Field()
  id!: string;

  @Field()
  forecaster!: string;

  @Field(() => String, { nullable: true, description: 'The product the claim is about; null for a market-wide claim.' })
  product!: string | null;

  @Field({ description: 'When the prediction was made.' })
  madeOn!: string;

  @Field({ description: 'The period it was about.' })
  target!: string;

  @Field()
  metric!: string;

  @Field()
  segment!: string;

  @Field()
  geography!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  originalValue!: number;

  @Field()
  originalUnit!: string;

  @Field(() => Float, { nullable: true, description: 'The probability the forecaster stated, if any.' })
  probability!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => SourceModel)
  source!: SourceModel;

  @Field(() => ScoredActualModel, { nullable: true, description: 'Null when nothing was measured for the target period.' })
  actual!: ScoredActualModel | null;

  @Field(() => Float, { nullable: true, description: 'Actual − predicted, in the base unit.' })
  error!: number | null;

  @Field(() => Float, { nullable: true, description: 'Error relative to the prediction.' })
  relativeError!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Within the tolerance; null when unscored.' })
  hit!: boolean | null;

  @Field(() => Float, { nullable: true, description: '(probability − outcome)², when a probability was stated.' })
  brier!: number | null;

  @Field(() => [String], { description: 'Why the comparison may be unfair: a different segment, geography or definition.' })
  flags!: string[];
}

@ObjectType('Scorecard')
export class ScorecardModel {
  @Field(() => [PredictionScoreModel])
  predictions!: PredictionScoreModel[];

  @Field(() => Int)
  hits!: number;

  @Field(() => Int)
  misses!: number;

  @Field(() => Int, { description: 'Predictions with no actual to compare.' })
  unscored!: number;

  @Field(() => Float, { nullable: true })
  meanBrier!: number | null;

  @Field({ description: 'How a hit is decided.' })
  rule!: string;
}
