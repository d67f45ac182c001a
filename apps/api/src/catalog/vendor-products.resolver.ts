import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../auth/request-context.js';
import { ProductModel } from './models/product.model.js';
import { VendorModel } from './models/vendor.model.js';

@Resolver(() => VendorModel)
export class VendorProductsResolver {
  @ResolveField(() => [ProductModel], { description: 'The vendor’s products (batched: one query for all vendors of a request).' })
  products(@Parent() vendor: VendorModel, @Context() context: RequestContext): Promise<ProductModel[]> {
    return context.loaders.catalog.productsByVendor.load(Number(vendor.id));
  }
}
