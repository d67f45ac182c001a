import { createHash, type Hash } from 'node:crypto';

const REPORT_EVERY_MS = 400;

/**
 * Counts bytes and rows of an upload as they pass, hashes the bytes (the checksum that makes a
 * re-upload of the same content a no-op), and reports progress at most every 400 ms.
 */
export class UploadProgress {
  private bytes = 0;
  private rows = 0;
  private lastReport = 0;
  private pending: Promise<void> = Promise.resolve();
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly report: (bytes: number, rows: number) => Promise<void>) {}

  /** Counts and hashes bytes of the upload as they are read. */
  bytesRead(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    this.maybeReport();
  }

  /** Separates files in the checksum, so moving bytes between files changes it. */
  endFile(): void {
    this.hash.update('\u0000');
  }

  hashText(text: string): void {
    this.hash.update(text);
    this.endFile();
  }

  rowsValidated(count: number): void {
    this.rows += count;
    this.maybeReport();
  }

  get totals(): { bytes: number; rows: number } {
    return { bytes: this.bytes, rows: this.rows };
  }

  checksum(): string {
    return this.hash.digest('hex');
  }

  async flush(): Promise<void> {
    await this.pending;
    await this.report(this.bytes, this.rows);
  }

  private maybeReport(): void {
    const now = Date.now();
    if (now - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = now;
    const { bytes, rows } = this;
    // One report in flight at a time; progress is advisory, so a failed report is not an ingestion failure.
    this.pending = this.pending.then(() => this.report(bytes, rows)).catch(() => undefined);
  }
}
