import type { ObservationRow } from '@marketlens/ingest';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';
import { findDuplicateObservations } from './duplicate-observations.js';

const BATCH_SIZE = 2_000;

const COLUMNS = [
  ['product_id', 'int'],
  ['source_id', 'int'],
  ['metric', 'text'],
  ['period_start', 'date'],
  ['granularity', 'text'],
  ['value', 'float8'],
  ['unit', 'text'],
  ['original_value', 'float8'],
  ['original_unit', 'text'],
  ['segment', 'text'],
  ['geography', 'text'],
  ['note', 'text'],
  ['line', 'int'],
] as const;

/** Writes observation rows of one dataset version in batches, then rejects duplicated series points. */
export class ObservationSink implements RowSink<ObservationRow> {
  private batch: unknown[][] = [];
  private file = '';
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: ObservationRow, file: string): Promise<void> {
    this.file = file;
    const at = { file, line: row.line, column: 'source', value: row.source };
    const sourceId = await this.context.sourceId(row.source, at);
    const productId = await this.context.catalog.productId(row.product, row.vendor);
    if (sourceId === undefined || this.context.problems.any) return;
    this.batch.push([
      productId,
      sourceId,
      row.metric,
      row.period.start,
      row.period.granularity,
      row.value,
      row.unit,
      row.originalValue,
      row.originalUnit,
      row.segment,
      row.geography,
      row.note,
      row.line,
    ]);
    this.count++;
    if (this.batch.length >= BATCH_SIZE) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.count === 0 || this.context.problems.any) return;
    for (const problem of await findDuplicateObservations(this.context.manager, this.context.versionId, this.file)) {
      this.context.problems.add(problem);
    }
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const columns = COLUMNS.map(([name]) => name).join(', ');
    const arrays = COLUMNS.map(([, type], index) => `$${index + 2}::${type}[]`).join(', ');
    const parameters = COLUMNS.map((_, index) => this.batch.map((values) => values[index]));
    await this.context.manager.query(
      `INSERT INTO observations (dataset_version_id, ${columns}) SELECT $1, * FROM unnest(${arrays})`,
      [this.context.versionId, ...parameters],
    );
    this.batch = [];
  }
}
