import type { PackageSource, Problem } from '@marketlens/ingest';
import type { EntityManager } from 'typeorm';
import { packageSourceFields, upsertSource } from '../sources/source-writer.js';
import type { ProblemCollector } from './problem-collector.js';

/**
 * Turns a row's `source` value into a source id. With a Data Package that lists sources, the
 * value must be one of their ids; without one, the value is itself the citation.
 */
export class SourceResolver {
  private constructor(
    private readonly manager: EntityManager,
    private readonly ids: Map<string, number>,
    private readonly declared: boolean,
    private readonly problems: ProblemCollector,
  ) {}

  static async forPackage(manager: EntityManager, sources: readonly PackageSource[], problems: ProblemCollector): Promise<SourceResolver> {
    const ids = new Map<string, number>();
    for (const source of sources) ids.set(source.id, await upsertSource(manager, packageSourceFields(source)));
    return new SourceResolver(manager, ids, sources.length > 0, problems);
  }

  /** Every source id resolved so far, by the value rows use. */
  entries(): Array<[string, number]> {
    return [...this.ids.entries()];
  }

  async idOf(value: string, at: Omit<Problem, 'message'>): Promise<number | undefined> {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    if (this.declared) {
      const listed = [...this.ids.keys()].slice(0, 10).join(', ');
      this.problems.add({ ...at, message: `is not a source id in datapackage.json (sources: ${listed}${this.ids.size > 10 ? ', …' : ''})` });
      return undefined;
    }
    const id = await upsertSource(this.manager, { title: value, url: null, publisher: null, published: null, note: null });
    this.ids.set(value, id);
    return id;
  }
}
