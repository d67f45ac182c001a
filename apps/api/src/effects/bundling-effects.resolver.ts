import { Args, Query, Resolver } from '@nestjs/graphql';
import { BundlingEffectsService } from './bundling-effects.service.js';
import { BundlingEffectInput } from './dto/bundling-effect.input.js';
import { BundlingEffectModel } from './models/bundling-effect.model.js';

@Resolver()
export class BundlingEffectsResolver {
  constructor(private readonly effects: BundlingEffectsService) {}

  @Query(() => BundlingEffectModel, { description: 'Did an event (a bundling, a launch) move a series? Actual against counterfactual, with intervals and warnings.' })
  bundlingEffect(@Args('input') input: BundlingEffectInput): Promise<BundlingEffectModel> {
    return this.effects.estimate(input);
  }
}
