import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ProductKind } from '@marketlens/domain';
import { CatalogService } from './catalog.service.js';
import { ProductKindEnum, ProductModel } from './models/product.model.js';
import { VendorModel } from './models/vendor.model.js';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [VendorModel], { description: 'Every vendor, by name.' })
  vendors(): Promise<VendorModel[]> {
    return this.catalog.listVendors();
  }

  @Query(() => [ProductModel], { description: 'Every product, by name; optionally of one kind.' })
  products(@Args('kind', { type: () => ProductKindEnum, nullable: true }) kind?: ProductKind): Promise<ProductModel[]> {
    return this.catalog.listProducts(kind);
  }
}
