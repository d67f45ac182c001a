import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { updateReturning } from '../database/update-returning.js';

/**
 * Results of heavy analyses (forecasts with bootstraps and backtests, the scorecard's matches)
 * cached in PostgreSQL, keyed by the request and by the set of current dataset versions: a new
 * version that lands changes the key, so nothing stale is ever served, and every API process
 * shares the cache. Callers key by what the analysis uses (normalised), not by what was sent. The
 * table keeps at most ANALYSIS_CACHE_MAX_ENTRIES rows: each insert evicts the least recently used
 * beyond that, in one statement, so several processes may insert at once.
 */
@Injectable()
export class AnalysisCache {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async remember<T>(kind: string, request: unknown, compute: () => Promise<T>): Promise<T> {
    const versions: Array<{ signature: string | null }> = await this.dataSource.query(
      "SELECT string_agg(current_version_id::text, ',' ORDER BY id) AS signature FROM datasets",
    );
    const key = createHash('sha256').update(JSON.stringify([kind, request, versions[0]?.signature ?? ''])).digest('hex');
    const cached = await updateReturning<{ result: T }>(this.dataSource.manager, 'UPDATE analysis_cache SET used_at = now() WHERE key = $1 RETURNING result', [key]);
    if (cached[0]) return cached[0].result;
    const result = await compute();
    await this.dataSource.query('INSERT INTO analysis_cache (key, kind, result) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [key, kind, JSON.stringify(result)]);
    await this.dataSource.query('DELETE FROM analysis_cache WHERE key IN (SELECT key FROM analysis_cache ORDER BY used_at DESC, key OFFSET $1)', [this.config.analysis.cacheMaxEntries]);
    return result;
  }
}
