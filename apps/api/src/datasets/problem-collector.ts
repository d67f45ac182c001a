import { IngestError, type Problem } from '@marketlens/ingest';

export const MAX_REPORTED_PROBLEMS = 100;

/** Keeps the first problems of an upload and counts them all. */
export class ProblemCollector {
  private readonly kept: Problem[] = [];
  private total = 0;

  add(problem: Problem): void {
    this.total++;
    if (this.kept.length < MAX_REPORTED_PROBLEMS) this.kept.push(problem);
  }

  get any(): boolean {
    return this.total > 0;
  }

  throwIfAny(): void {
    if (this.total > 0) throw new IngestError(this.kept, this.total);
  }
}
