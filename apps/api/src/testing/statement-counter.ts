import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements the API sends (to prove batching, not to log). */
export class StatementCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count++;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Statements issued while `work` runs. */
  async during(work: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }
}
