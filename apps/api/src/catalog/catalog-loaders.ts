import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { toProductModel } from './catalog.service.js';
import type { ProductModel } from './models/product.model.js';
import { ProductEntity } from './product.entity.js';

/**
 * Batches per-parent lookups of one GraphQL request into one query each (no N+1): created per
 * request, so nothing is cached across requests or processes.
 */
export class CatalogLoaders {
  readonly productsByVendor: DataLoader<number, ProductModel[]>;

  constructor(dataSource: DataSource) {
    this.productsByVendor = new DataLoader(async (vendorIds: readonly number[]) => {
      const products = await dataSource.getRepository(ProductEntity).find({
        where: { vendorId: In([...vendorIds]) },
        relations: { aliases: true },
        order: { name: 'ASC' },
      });
      return vendorIds.map((id) => products.filter((product) => product.vendorId === id).map((product) => toProductModel({ ...product, vendor: null })));
    });
  }
}
