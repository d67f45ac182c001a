import { Args, Query, Resolver, type ComplexityEstimatorArgs } from '@nestjs/graphql';
import { FieldCost } from '../graphql/field-cost.js';
import { BundlingEffectsService } from './bundling-effects.service.js';
import { BundlingEffectInput } from './dto/bundling-effect.input.js';
import { BundlingEffectModel } from './models/bundling-effect.model.js';

/** One estimate, and one placebo fit more for each donor of a synthetic control. */
function effectCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const donors = (args['input'] as { donors?: unknown[] | null } | undefined)?.donors?.length ?? 0;
  return FieldCost.fit + donors * FieldCost.donor + childComplexity;
}

@Resolver()
export class BundlingEffectsResolver {
  constructor(private readonly effects: BundlingEffectsService) {}

  @Query(() => BundlingEffectModel, { complexity: effectCost, description: 'Did an event (a bundling, a launch) move a series? Actual against counterfactual, with intervals and warnings.' })
  bundlingEffect(@Args('input') input: BundlingEffectInput): Promise<BundlingEffectModel> {
    return this.effects.estimate(input);
  }
}
