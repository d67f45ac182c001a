import {
  RESOURCE_DEFINITIONS,
  readResource,
  type EventRow,
  type ObservationRow,
  type PartnershipRow,
  type Problem,
  type ProductRow,
  type ResourceKind,
  type VendorRow,
} from '@marketlens/ingest';
import type { Readable } from 'node:stream';
import { MAX_REPORTED_PROBLEMS } from '../../datasets/problem-collector.js';
import type { PreviewRow } from '../ingestion-job.entity.js';
import { copyLine } from '../staging/copy-text.js';
import { KnownNames, type CatalogNames } from '../staging/known-names.js';
import { PREVIEW_ROWS, previewOf } from '../staging/preview.js';

export const OBSERVATION_COLUMNS = [
  'line', 'period_start', 'granularity', 'product', 'product_key', 'product_ref', 'vendor', 'vendor_key', 'metric',
  'value', 'unit', 'original_value', 'original_unit', 'segment', 'geography', 'source_key', 'note',
];
export const RECORD_COLUMNS = ['kind', 'line', 'file', 'data'];

/** Everything validation needs besides the files: plain data, so it can cross to a thread (or a queue). */
export interface ValidationContext {
  readonly names: CatalogNames;
  /** The source ids a datapackage.json declares (empty: any source name is accepted). */
  readonly sourceIds: readonly string[];
}

/** What validating part of a resource produced: valid rows as COPY text for staging, and problems. */
export interface ValidatedBatch {
  readonly observations: string;
  readonly observationRows: number;
  readonly records: string;
  readonly recordRows: number;
  /** Rows read without a problem. */
  readonly rows: number;
  /** Problems to report (among the upload's first 100), and how many were found in this batch. */
  readonly problems: Problem[];
  readonly problemCount: number;
  readonly preview: PreviewRow[];
}

/** A batch is handed over at this much COPY text, or this many rows and problems (for progress). */
const BATCH_TEXT = 256 * 1024;
const BATCH_ITEMS = 5_000;

class BatchBuilder implements ValidatedBatch {
  observations = '';
  observationRows = 0;
  records = '';
  recordRows = 0;
  rows = 0;
  problems: Problem[] = [];
  problemCount = 0;
  preview: PreviewRow[] = [];
  items = 0;

  get full(): boolean {
    return this.items >= BATCH_ITEMS || this.observations.length + this.records.length >= BATCH_TEXT;
  }

  toBatch(): ValidatedBatch {
    const { observations, observationRows, records, recordRows, rows, problems, problemCount, preview } = this;
    return { observations, observationRows, records, recordRows, rows, problems, problemCount, preview };
  }
}

/**
 * Validates an upload's resources, in order, as streams: every row parsed and checked (with its
 * file, line and column), cross-references checked against the catalog and the upload's own
 * catalog resources, valid rows turned into COPY text. CPU only, no I/O of its own: it runs on a
 * worker thread, off the event loop that serves requests.
 */
export class UploadValidator {
  private readonly names: KnownNames;
  private readonly sourceIds: ReadonlySet<string>;
  private problemsFound = 0;
  private previewed = 0;
  private batch = new BatchBuilder();

  constructor(context: ValidationContext) {
    this.names = KnownNames.of(context.names);
    this.sourceIds = new Set(context.sourceIds);
  }

  async *validate(input: Readable, kind: ResourceKind, file: string): AsyncGenerator<ValidatedBatch> {
    for await (const item of readResource(input, RESOURCE_DEFINITIONS[kind], file)) {
      if (item.type === 'problem') this.problem(item.problem);
      else this.row(kind, file, item.row as { line: number } & Record<string, unknown>);
      if (this.batch.full) yield this.take();
    }
    yield this.take();
  }

  private take(): ValidatedBatch {
    const batch = this.batch.toBatch();
    this.batch = new BatchBuilder();
    return batch;
  }

  private problem(problem: Problem): void {
    if (this.problemsFound < MAX_REPORTED_PROBLEMS) this.batch.problems.push(problem);
    this.problemsFound++;
    this.batch.problemCount++;
    this.batch.items++;
  }

  private row(kind: ResourceKind, file: string, row: { line: number } & Record<string, unknown>): void {
    this.checkReferences(kind, file, row);
    const batch = this.batch;
    batch.rows++;
    batch.items++;
    if (this.previewed < PREVIEW_ROWS) {
      batch.preview.push(previewOf(kind, file, row));
      this.previewed++;
    }
    // Once anything is wrong the upload cannot be published: keep validating, stop producing rows.
    if (this.problemsFound > 0) return;
    if (kind === 'observations') {
      batch.observations += this.observationLine(row as unknown as ObservationRow);
      batch.observationRows++;
    } else {
      batch.records += copyLine([kind, row.line, file, JSON.stringify(row)]);
      batch.recordRows++;
    }
  }

  private observationLine(row: ObservationRow): string {
    const names = this.names;
    return copyLine([
      row.line, row.period.start, row.period.granularity, row.product, names.key(row.product), names.productRef(row.product),
      row.vendor, row.vendor ? names.key(row.vendor) : null, row.metric, row.value, row.unit, row.originalValue, row.originalUnit,
      row.segment, row.geography, row.source, row.note,
    ]);
  }

  private checkReferences(kind: ResourceKind, file: string, row: { line: number } & Record<string, unknown>): void {
    const source = row['source'];
    if (typeof source === 'string' && this.sourceIds.size > 0 && !this.sourceIds.has(source)) {
      const listed = [...this.sourceIds].slice(0, 8).join(', ');
      this.problem({ file, line: row.line, column: 'source', value: source, message: `is not a source id in datapackage.json (sources: ${listed}${this.sourceIds.size > 8 ? ', …' : ''})` });
    }
    if (kind === 'vendors') this.names.defineVendor(row as unknown as VendorRow);
    if (kind === 'products') this.names.defineProduct(row as unknown as ProductRow);
    const parties: Array<[string, string]> =
      kind === 'events'
        ? (row as unknown as EventRow).actors.map((name) => ['actors', name])
        : kind === 'partnerships'
          ? [['from', (row as unknown as PartnershipRow).from], ['to', (row as unknown as PartnershipRow).to]]
          : [];
    for (const [column, name] of parties) {
      if (!this.names.isParty(name)) {
        this.problem({ file, line: row.line, column, value: name, message: 'is not a known vendor or product; add it to a vendors or products resource' });
      }
    }
  }
}
