import type { PartnershipRow } from '@marketlens/ingest';
import { resolveParty } from '../catalog/party.js';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';

/** Writes partnership rows, each linking two catalog entries. */
export class PartnershipSink implements RowSink<PartnershipRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: PartnershipRow, file: string): Promise<void> {
    const sourceId = await this.context.sourceId(row.source, { file, line: row.line, column: 'source', value: row.source });
    const from = await resolveParty(this.context, row.from, { file, line: row.line, column: 'from' });
    const to = await resolveParty(this.context, row.to, { file, line: row.line, column: 'to' });
    if (sourceId === undefined || !from || !to || this.context.problems.any) return;
    await this.context.manager.query(
      `INSERT INTO partnerships (dataset_version_id, started_on, granularity, from_vendor_id, from_product_id, to_vendor_id, to_product_id,
                                 kind, description, source_id, note, line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        this.context.versionId,
        row.date.start,
        row.date.granularity,
        from.vendorId,
        from.productId,
        to.vendorId,
        to.productId,
        row.kind,
        row.description,
        sourceId,
        row.note,
        row.line,
      ],
    );
    this.count++;
  }

  async finish(): Promise<void> {}
}
