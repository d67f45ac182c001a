import type { ProductRow, VendorRow } from '@marketlens/ingest';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';

function reportClashes(context: PublishContext, file: string, line: number, clashes: readonly string[]): void {
  for (const alias of clashes) {
    context.problems.add({ file, line, column: 'aliases', value: alias, message: 'already names another catalog entry' });
  }
}

/** Keeps a catalog row's citation with the dataset version that brought it. */
async function cite(context: PublishContext, row: VendorRow | ProductRow, file: string, entry: { vendorId?: number; productId?: number }): Promise<void> {
  if (!row.source) return;
  const sourceId = await context.sourceId(row.source, { file, line: row.line, column: 'source', value: row.source });
  if (sourceId === undefined) return;
  await context.manager.query(
    'INSERT INTO catalog_citations (dataset_version_id, vendor_id, product_id, source_id, line) VALUES ($1, $2, $3, $4, $5)',
    [context.versionId, entry.vendorId ?? null, entry.productId ?? null, sourceId, row.line],
  );
}

export class VendorSink implements RowSink<VendorRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: VendorRow, file: string): Promise<void> {
    const { id, clashes } = await this.context.catalog.upsertVendor(row);
    reportClashes(this.context, file, row.line, clashes);
    await cite(this.context, row, file, { vendorId: id });
    this.count++;
  }

  async finish(): Promise<void> {}
}

export class ProductSink implements RowSink<ProductRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: ProductRow, file: string): Promise<void> {
    const { id, clashes } = await this.context.catalog.upsertProduct(row);
    reportClashes(this.context, file, row.line, clashes);
    await cite(this.context, row, file, { productId: id });
    this.count++;
  }

  async finish(): Promise<void> {}
}
