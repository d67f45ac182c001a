import { nameKey } from '@marketlens/domain';
import type { ProductRow, VendorRow } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';

/** The catalog's names (name keys and aliases) as plain data, to hand to a validation thread. */
export interface CatalogNames {
  readonly products: ReadonlyArray<readonly [key: string, ref: string]>;
  readonly vendors: ReadonlyArray<readonly [key: string, ref: string]>;
}

/**
 * The names an upload may use: the catalog's (names and aliases) plus those its own catalog
 * resources define. A product's `ref` is its catalog id when known, else its key: two spellings of
 * one product share a ref, so a duplicated series point is caught at staging.
 */
export class KnownNames {
  private readonly keys = new Map<string, string>();

  private constructor(
    private readonly products: Map<string, string>,
    private readonly vendors: Map<string, string>,
  ) {}

  /** nameKey, remembered: an upload repeats a few names millions of times, and Unicode normalization is not free. */
  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  static async catalog(manager: EntityManager): Promise<CatalogNames> {
    const products: Array<{ key: string; id: number }> = await manager.query('SELECT key, id FROM product_keys');
    const vendors: Array<{ key: string; id: number }> = await manager.query('SELECT key, id FROM vendor_keys');
    return { products: products.map((row) => [row.key, `id:${row.id}`]), vendors: vendors.map((row) => [row.key, `id:${row.id}`]) };
  }

  static of(catalog: CatalogNames): KnownNames {
    return new KnownNames(new Map(catalog.products), new Map(catalog.vendors));
  }

  productRef(name: string): string {
    const key = this.key(name);
    return this.products.get(key) ?? `key:${key}`;
  }

  isParty(name: string): boolean {
    const key = nameKey(name);
    return this.products.has(key) || this.vendors.has(key);
  }

  defineVendor(row: VendorRow): void {
    this.define(this.vendors, row.name, row.aliases);
  }

  defineProduct(row: ProductRow): void {
    this.define(this.products, row.name, row.aliases);
    if (row.vendor) this.define(this.vendors, row.vendor, []);
  }

  private define(names: Map<string, string>, name: string, aliases: readonly string[]): void {
    const ref = names.get(nameKey(name)) ?? `key:${nameKey(name)}`;
    for (const each of [name, ...aliases]) if (!names.has(nameKey(each))) names.set(nameKey(each), ref);
  }
}
