import { Args, Query, Resolver } from '@nestjs/graphql';
import { FieldCost } from '../graphql/field-cost.js';
import { BassScenarioService } from './bass-scenario.service.js';
import { BassScenarioInput } from './dto/bass-scenario.input.js';
import { ForecastInput } from './dto/forecast.input.js';
import { ScorecardArgs } from './dto/scorecard.args.js';
import { ForecastsService } from './forecasts.service.js';
import { BassScenarioModel } from './models/bass-scenario.model.js';
import { ForecastModel } from './models/forecast.model.js';
import { ScorecardModel } from './models/scorecard.model.js';
import { ScorecardService } from './scorecard.service.js';

@Resolver()
export class ForecastsResolver {
  constructor(
    private readonly forecasts: ForecastsService,
    private readonly scorecards: ScorecardService,
    private readonly scenarios: BassScenarioService,
  ) {}

  @Query(() => ForecastModel, { complexity: FieldCost.forecast, description: 'A forecast of a series with prediction intervals; AUTO picks the model by backtest. With asOf, a vintage: only the data known then.' })
  forecast(@Args('input') input: ForecastInput): Promise<ForecastModel> {
    return this.forecasts.forecast(input);
  }

  @Query(() => ScorecardModel, { complexity: FieldCost.scan, description: 'Analysts’ published predictions (Gartner’s “free IM in 70% of enterprises by 2003”…) scored against what was measured.' })
  predictionScorecard(@Args() args: ScorecardArgs): Promise<ScorecardModel> {
    return this.scorecards.scorecard(args);
  }

  @Query(() => BassScenarioModel, { complexity: FieldCost.fit, description: 'A Bass curve with user-set m, p, q, with and without a bundling effect.' })
  bassScenario(@Args('input') input: BassScenarioInput): Promise<BassScenarioModel> {
    return this.scenarios.scenario(input);
  }
}
