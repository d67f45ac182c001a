import type { ProductRow, VendorRow } from '@marketlens/ingest';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';

function reportClashes(context: PublishContext, file: string, line: number, clashes: readonly string[]): void {
  for (const alias of clashes) {
    context.problems.add({ file, line, column: 'aliases', value: alias, message: 'already names another catalog entry' });
  }
}

export class VendorSink implements RowSink<VendorRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: VendorRow, file: string): Promise<void> {
    reportClashes(this.context, file, row.line, await this.context.catalog.upsertVendor(row));
    this.count++;
  }

  async finish(): Promise<void> {}
}

export class ProductSink implements RowSink<ProductRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: ProductRow, file: string): Promise<void> {
    reportClashes(this.context, file, row.line, await this.context.catalog.upsertProduct(row));
    this.count++;
  }

  async finish(): Promise<void> {}
}
