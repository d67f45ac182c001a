import type { PredictionRow } from '@marketlens/ingest';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';

/** Writes published predictions (Gartner's "70% of enterprises by 2003"…). */
export class PredictionSink implements RowSink<PredictionRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: PredictionRow, file: string): Promise<void> {
    const sourceId = await this.context.sourceId(row.source, { file, line: row.line, column: 'source', value: row.source });
    const productId = row.product ? await this.context.catalog.findProduct(row.product) : null;
    if (row.product && productId === undefined) {
      this.context.problems.add({ file, line: row.line, column: 'product', value: row.product, message: 'is not a known product; add it to a products resource' });
    }
    if (sourceId === undefined || this.context.problems.any) return;
    await this.context.manager.query(
      `INSERT INTO predictions (dataset_version_id, made_on, made_granularity, forecaster, target_start, target_granularity, metric,
                                value, unit, original_value, original_unit, segment, geography, probability, source_id, note, line, product_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        this.context.versionId,
        row.madeOn.start,
        row.madeOn.granularity,
        row.forecaster,
        row.target.start,
        row.target.granularity,
        row.metric,
        row.value,
        row.unit,
        row.originalValue,
        row.originalUnit,
        row.segment,
        row.geography,
        row.probability,
        sourceId,
        row.note,
        row.line,
        productId ?? null,
      ],
    );
    this.count++;
  }

  async finish(): Promise<void> {}
}
