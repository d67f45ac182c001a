import { Args, Query, Resolver } from '@nestjs/graphql';
import { MarketShareArgs } from './dto/market-share.args.js';
import { MarketShareService } from './market-share.service.js';
import { MarketShareModel, MarketShareViewModel } from './models/market-share.model.js';

@Resolver()
export class MarketShareResolver {
  constructor(private readonly marketShares: MarketShareService) {}

  @Query(() => MarketShareModel, { description: 'Per period, each product’s value and share among the products one source compared.' })
  marketShare(@Args() args: MarketShareArgs): Promise<MarketShareModel> {
    return this.marketShares.marketShare(args);
  }

  @Query(() => [MarketShareViewModel], { description: 'The metric/segment/geography/source combinations that have shares, richest first.' })
  marketShareViews(): Promise<MarketShareViewModel[]> {
    return this.marketShares.views();
  }
}
