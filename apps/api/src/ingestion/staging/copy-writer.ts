import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Streams COPY text into a table with COPY FROM STDIN, honouring backpressure: memory stays flat
 * however many rows arrive. A failed COPY (the connection lost, the server restarting) is kept and
 * thrown by the next write or end, never left as an unhandled 'error' event.
 */
export class CopyWriter {
  private count = 0;
  private failure: Error | undefined;

  private constructor(private readonly stream: ReturnType<typeof copyFrom>) {
    stream.on('error', (error: Error) => (this.failure ??= error));
  }

  static start(client: pg.PoolClient, table: string, columns: readonly string[]): CopyWriter {
    return new CopyWriter(client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  }

  get rows(): number {
    return this.count;
  }

  /** Writes rows already in COPY text format (whole lines). */
  async write(text: string, rows: number): Promise<void> {
    this.throwIfFailed();
    if (!text) return;
    this.count += rows;
    if (!this.stream.write(text)) await this.settled('drain');
  }

  async end(): Promise<void> {
    this.throwIfFailed();
    const finished = this.settled('finish');
    this.stream.end();
    await finished;
  }

  /** Abandons the COPY (the rows it sent are discarded by PostgreSQL). */
  abort(): void {
    if (!this.stream.destroyed) this.stream.destroy(new Error('ingestion abandoned'));
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits for an event; an error, or the stream closing first, rejects instead of hanging. */
  private settled(event: 'drain' | 'finish'): Promise<void> {
    const stream = this.stream;
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        stream.off(event, onEvent).off('error', done).off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onEvent = (): void => done();
      const onClose = (): void => done(this.failure ?? new Error('the COPY stream closed before it finished'));
      if (stream.destroyed) return onClose();
      stream.once(event, onEvent).once('error', done).once('close', onClose);
    });
  }
}
