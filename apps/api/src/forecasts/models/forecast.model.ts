import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SeriesModel, SeriesPointModel } from '../../series/models/series.model.js';
import { ForecastModelName } from '../forecast-model-name.js';

registerEnumType(ForecastModelName, { name: 'ForecastModelName', description: 'AUTO: the model that forecast this series best in a rolling-origin backtest.' });

@ObjectType('ForecastParameter')
export class ForecastParameterModel {
  @Field()
  name!: string;

  @Field(() => Float)
  estimate!: number;
}

@ObjectType('ForecastPoint', { description: 'A future period: the point forecast and its 80% and 95% prediction intervals (see Forecast.intervalMethod).' })
export class ForecastPointModel {
  @Field()
  period!: string;

  @Field()
  start!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  lower80!: number;

  @Field(() => Float)
  upper80!: number;

  @Field(() => Float)
  lower95!: number;

  @Field(() => Float)
  upper95!: number;
}

@ObjectType('BacktestScore', { description: 'How a model forecast this series when the future was known (rolling origin).' })
export class BacktestScoreModel {
  @Field()
  model!: string;

  @Field()
  eligible!: boolean;

  @Field(() => Float, { nullable: true, description: 'Mean absolute scaled error (lower is better; 1 = as good as the naive forecast).' })
  mase!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean absolute percentage error, percent.' })
  mape!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of actuals inside the 80% interval.' })
  coverage80!: number | null;

  @Field(() => Float, { nullable: true })
  coverage95!: number | null;

  @Field(() => Int)
  origins!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Forecast', { description: 'A model fitted to a series (up to its vintage) projecting future periods, with intervals and its backtest.' })
export class ForecastModel {
  @Field(() => SeriesModel, { description: 'The series, all of it: points after the vintage are what happened since.' })
  series!: SeriesModel;

  @Field(() => String, { nullable: true, description: 'The last date of data the model was allowed to see.' })
  vintage!: string | null;

  @Field(() => String, { nullable: true, description: 'The model used, or null when none could be fitted.' })
  model!: string | null;

  @Field({ description: 'How the model was chosen: by backtest, or by the user.' })
  chosenBy!: string;

  @Field(() => String, { nullable: true, description: 'How the intervals were made: bootstrap (enough residuals) or parametric-t (too few to bootstrap).' })
  intervalMethod!: string | null;

  @Field(() => String, { nullable: true, description: 'The interval method in a sentence a reader can be shown.' })
  intervalNote!: string | null;

  @Field(() => [ForecastParameterModel])
  parameters!: ForecastParameterModel[];

  @Field(() => [SeriesPointModel], { description: 'The points the model saw.' })
  history!: SeriesPointModel[];

  @Field(() => [SeriesPointModel], { description: 'Points after the vintage: what actually happened.' })
  actualsAfter!: SeriesPointModel[];

  @Field(() => [ForecastPointModel])
  points!: ForecastPointModel[];

  @Field(() => [BacktestScoreModel], { description: 'Every candidate model’s backtest, best first.' })
  backtest!: BacktestScoreModel[];

  @Field(() => [String])
  warnings!: string[];
}
