import { Args, Query, Resolver } from '@nestjs/graphql';
import { PartnershipNetworkArgs } from './dto/partnership-network.args.js';
import { PartnershipNetworkModel } from './models/partnership-network.model.js';
import { PartnershipsService } from './partnerships.service.js';

@Resolver()
export class PartnershipsResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Query(() => PartnershipNetworkModel, { description: 'Who partnered with whom (VoIP termination, gear supply, carriage…), as of a date.' })
  partnershipNetwork(@Args() args: PartnershipNetworkArgs): Promise<PartnershipNetworkModel> {
    return this.partnerships.network(args.at, args.kinds);
  }
}
