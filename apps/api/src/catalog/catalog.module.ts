import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import { ProductEntity } from './product.entity.js';
import { VendorProductsResolver } from './vendor-products.resolver.js';
import { VendorEntity } from './vendor.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([VendorEntity, ProductEntity])],
  providers: [CatalogService, CatalogResolver, VendorProductsResolver],
  exports: [CatalogService],
})
export class CatalogModule {}
