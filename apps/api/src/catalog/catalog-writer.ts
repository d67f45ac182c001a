import { nameKey, slugOf, type ProductKind } from '@marketlens/domain';
import type { ProductRow, VendorRow } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';

type Kind = 'vendor' | 'product';

/**
 * Resolves the names a dataset uses to catalog ids inside the publishing transaction, creating
 * what is unknown (and remembering it, so the upload can report it). Names match ignoring case,
 * spacing and punctuation, and through aliases.
 */
export class CatalogWriter {
  private vendorKeys?: Map<string, number>;
  private productKeys?: Map<string, number>;
  readonly created: { vendors: string[]; products: string[] } = { vendors: [], products: [] };

  constructor(private readonly manager: EntityManager) {}

  async findVendor(name: string): Promise<number | undefined> {
    return (await this.keys('vendor')).get(nameKey(name));
  }

  async findProduct(name: string): Promise<number | undefined> {
    return (await this.keys('product')).get(nameKey(name));
  }

  async vendorId(name: string): Promise<number> {
    return (await this.findVendor(name)) ?? this.createVendor({ name, country: null, note: null });
  }

  async productId(name: string, vendor: string | null): Promise<number> {
    const found = await this.findProduct(name);
    if (found !== undefined) return found;
    const vendorId = vendor ? await this.vendorId(vendor) : null;
    return this.createProduct({ name, kind: 'other', vendorId, launched: null, note: null });
  }

  /** A vendors-resource row: create or update the vendor, then claim its aliases (returning those already taken). */
  async upsertVendor(row: VendorRow): Promise<{ id: number; clashes: string[] }> {
    const existing = await this.findVendor(row.name);
    const id = existing ?? (await this.createVendor(row, false));
    if (existing !== undefined) {
      await this.manager.query('UPDATE vendors SET country = coalesce($2, country), note = coalesce($3, note) WHERE id = $1', [id, row.country, row.note]);
    }
    return { id, clashes: await this.addAliases('vendor', id, row.aliases) };
  }

  /** A products-resource row: create or update the product, then claim its aliases (returning those already taken). */
  async upsertProduct(row: ProductRow): Promise<{ id: number; clashes: string[] }> {
    const vendorId = row.vendor ? await this.vendorId(row.vendor) : null;
    const existing = await this.findProduct(row.name);
    const fields = { name: row.name, kind: row.kind, vendorId, launched: row.launched, note: row.note };
    const id = existing ?? (await this.createProduct(fields, false));
    if (existing !== undefined) {
      await this.manager.query(
        'UPDATE products SET kind = $2, vendor_id = coalesce($3, vendor_id), launched = coalesce($4, launched), note = coalesce($5, note) WHERE id = $1',
        [id, row.kind, vendorId, row.launched, row.note],
      );
    }
    return { id, clashes: await this.addAliases('product', id, row.aliases) };
  }

  private async keys(kind: Kind): Promise<Map<string, number>> {
    const cached = kind === 'vendor' ? this.vendorKeys : this.productKeys;
    if (cached) return cached;
    const rows: Array<{ id: number; key: string }> = await this.manager.query(`SELECT key, id FROM ${kind}_keys`);
    const keys = new Map(rows.map((row) => [row.key, row.id]));
    if (kind === 'vendor') this.vendorKeys = keys;
    else this.productKeys = keys;
    return keys;
  }

  private async createVendor(fields: { name: string; country: string | null; note: string | null }, report = true): Promise<number> {
    const id = await this.insertNamed('vendors', fields.name, 'country, note', [fields.country, fields.note]);
    (await this.keys('vendor')).set(nameKey(fields.name), id);
    if (report) this.created.vendors.push(fields.name);
    return id;
  }

  private async createProduct(
    fields: { name: string; kind: ProductKind; vendorId: number | null; launched: string | null; note: string | null },
    report = true,
  ): Promise<number> {
    const id = await this.insertNamed('products', fields.name, 'kind, vendor_id, launched, note', [fields.kind, fields.vendorId, fields.launched, fields.note]);
    (await this.keys('product')).set(nameKey(fields.name), id);
    if (report) this.created.products.push(fields.name);
    return id;
  }

  /**
   * Inserts by key; a concurrent upload that created the same name first wins and we reuse its row.
   * Two names with different keys but one slug ("A+B", "A plus B") get the slug made unique.
   */
  private async insertNamed(table: 'vendors' | 'products', name: string, columns: string, values: unknown[]): Promise<number> {
    const key = nameKey(name);
    const placeholders = values.map((_, index) => `$${index + 4}`).join(', ');
    const inserted: Array<{ id: number }> = await this.manager.query(
      `INSERT INTO ${table} (slug, name, key, ${columns})
       SELECT CASE WHEN EXISTS (SELECT 1 FROM ${table} WHERE slug = $1) THEN $1 || '-' || substr(md5($3), 1, 6) ELSE $1 END, $2, $3, ${placeholders}
       ON CONFLICT DO NOTHING RETURNING id`,
      [slugOf(name), name, key, ...values],
    );
    if (inserted[0]) return inserted[0].id;
    const existing: Array<{ id: number }> = await this.manager.query(`SELECT id FROM ${table} WHERE key = $1`, [key]);
    if (!existing[0]) throw new Error(`could not create or find ${table} "${name}"`);
    return existing[0].id;
  }

  /** Adds aliases; returns those already naming something else (a problem for the caller to report). */
  private async addAliases(kind: Kind, id: number, aliases: readonly string[]): Promise<string[]> {
    const keys = await this.keys(kind);
    const clashes: string[] = [];
    for (const alias of aliases) {
      const key = nameKey(alias);
      const owner = keys.get(key);
      if (owner === id) continue;
      if (owner !== undefined) {
        clashes.push(alias);
        continue;
      }
      await this.manager.query(`INSERT INTO ${kind}_aliases (${kind}_id, alias, key) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`, [id, alias, key]);
      keys.set(key, id);
    }
    return clashes;
  }
}
