import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { FieldCost } from '../graphql/field-cost.js';
import type { ResponseBudget } from '../graphql/response-budget.js';
import { rowBytes } from '../graphql/selection-bytes.js';
import { MarketShareArgs } from './dto/market-share.args.js';
import { MarketShareService } from './market-share.service.js';
import { MarketShareModel, MarketShareViewModel } from './models/market-share.model.js';

@Resolver()
export class MarketShareResolver {
  constructor(private readonly marketShares: MarketShareService) {}

  @Query(() => MarketShareModel, { complexity: FieldCost.shares, description: 'Per period, each product’s value and share among the products one source compared.' })
  marketShare(@Args() args: MarketShareArgs, @Context('responseBudget') budget: ResponseBudget, @Info() info: GraphQLResolveInfo): Promise<MarketShareModel> {
    // What one row adds to this response: its entry, and its cell of the compact arrays, as selected.
    const bytesPerRow = rowBytes(info, [['periods', 'entries'], ['periods', 'shares'], ['periods', 'values']]);
    return this.marketShares.marketShare(args, { budget, bytesPerRow });
  }

  @Query(() => [MarketShareViewModel], { complexity: FieldCost.scan, description: 'The metric/segment/geography/source combinations that have shares, richest first.' })
  marketShareViews(): Promise<MarketShareViewModel[]> {
    return this.marketShares.views();
  }
}
