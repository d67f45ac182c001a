import { IngestError, type Problem } from '@marketlens/ingest';

export const MAX_REPORTED_PROBLEMS = 100;

/** Keeps the first problems of an upload and counts them all. */
export class ProblemCollector {
  private readonly first: Problem[] = [];
  private count = 0;

  add(problem: Problem): void {
    this.count++;
    if (this.first.length < MAX_REPORTED_PROBLEMS) this.first.push(problem);
  }

  /** Adds problems found in bulk (e.g. by SQL), of which `total` exist. */
  addFound(problems: readonly Problem[], total: number): void {
    for (const problem of problems) this.add(problem);
    this.count += Math.max(0, total - problems.length);
  }

  get any(): boolean {
    return this.count > 0;
  }

  get kept(): readonly Problem[] {
    return this.first;
  }

  get total(): number {
    return this.count;
  }

  throwIfAny(): void {
    if (this.count > 0) throw new IngestError(this.first, this.count);
  }
}
