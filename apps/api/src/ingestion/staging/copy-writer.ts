import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const FLUSH_AT = 256 * 1024;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in PostgreSQL's COPY text format: \N for null, backslash escapes for the separators. */
export function copyField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  // Most fields need no escaping: test once before four replacements (a hot path for large uploads).
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * Streams rows into a table with COPY FROM STDIN, honouring backpressure: memory stays flat however
 * many rows arrive.
 */
export class CopyWriter {
  private buffer = '';
  private count = 0;

  private constructor(private readonly stream: ReturnType<typeof copyFrom>) {}

  static start(client: pg.PoolClient, table: string, columns: readonly string[]): CopyWriter {
    return new CopyWriter(client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  }

  get rows(): number {
    return this.count;
  }

  async write(values: ReadonlyArray<string | number | null | undefined>): Promise<void> {
    this.buffer += `${values.map(copyField).join('\t')}\n`;
    this.count++;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }

  /** Abandons the COPY (the rows it sent are discarded by PostgreSQL). */
  abort(): void {
    this.stream.destroy(new Error('ingestion abandoned'));
  }

  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
