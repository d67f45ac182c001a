import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('BassParameters', { description: 'm: market potential (in the series’ unit); p: innovation; q: imitation (per period).' })
export class BassParametersModel {
  @Field(() => Float)
  m!: number;

  @Field(() => Float)
  p!: number;

  @Field(() => Float)
  q!: number;
}

@ObjectType('ScenarioPoint')
export class ScenarioPointModel {
  @Field()
  period!: string;

  @Field()
  start!: string;

  @Field(() => Float, { nullable: true, description: 'What was measured, where there is a measurement.' })
  actual!: number | null;

  @Field(() => Float, { description: 'The Bass curve with the scenario’s parameters.' })
  baseline!: number;

  @Field(() => Float, { nullable: true, description: 'The same curve with the bundling effect applied from its date on.' })
  withEffect!: number | null;
}

@ObjectType('BassScenario', { description: 'A Bass adoption curve with parameters the user sets, with and without a bundling effect.' })
export class BassScenarioModel {
  @Field(() => BassParametersModel, { nullable: true, description: 'The parameters fitted to the series, where a fit converged: the sliders’ starting point.' })
  fitted!: BassParametersModel | null;

  @Field(() => BassParametersModel)
  used!: BassParametersModel;

  @Field(() => [ScenarioPointModel])
  points!: ScenarioPointModel[];

  @Field(() => [String])
  warnings!: string[];
}
