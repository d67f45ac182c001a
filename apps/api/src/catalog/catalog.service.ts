import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProductKind } from '@marketlens/domain';
import type { Repository } from 'typeorm';
import type { ProductModel } from './models/product.model.js';
import type { VendorModel } from './models/vendor.model.js';
import { ProductEntity } from './product.entity.js';
import { VendorEntity } from './vendor.entity.js';

export function toVendorModel(vendor: VendorEntity): VendorModel {
  return {
    id: String(vendor.id),
    slug: vendor.slug,
    name: vendor.name,
    country: vendor.country,
    note: vendor.note,
    aliases: (vendor.aliases ?? []).map((alias) => alias.alias).sort(),
  };
}

export function toProductModel(product: ProductEntity): ProductModel {
  return {
    id: String(product.id),
    slug: product.slug,
    name: product.name,
    kind: product.kind,
    vendor: product.vendor ? toVendorModel(product.vendor) : null,
    launched: product.launched,
    note: product.note,
    aliases: (product.aliases ?? []).map((alias) => alias.alias).sort(),
  };
}

@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(VendorEntity) private readonly vendors: Repository<VendorEntity>,
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
  ) {}

  async listVendors(): Promise<VendorModel[]> {
    const vendors = await this.vendors.find({ relations: { aliases: true }, order: { name: 'ASC' } });
    return vendors.map(toVendorModel);
  }

  async listProducts(kind?: ProductKind): Promise<ProductModel[]> {
    const products = await this.products.find({
      where: kind ? { kind } : {},
      relations: { vendor: { aliases: true }, aliases: true },
      order: { name: 'ASC' },
    });
    return products.map(toProductModel);
  }
}
