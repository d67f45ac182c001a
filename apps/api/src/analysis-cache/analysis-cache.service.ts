import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Results of heavy analyses (forecasts with bootstraps and backtests, the scorecard) cached in
 * PostgreSQL, keyed by the request and by the set of current dataset versions: a new version that
 * lands changes the key, so nothing stale is ever served, and every API process shares the cache.
 */
@Injectable()
export class AnalysisCache {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async remember<T>(kind: string, request: unknown, compute: () => Promise<T>): Promise<T> {
    const versions: Array<{ signature: string | null }> = await this.dataSource.query(
      "SELECT string_agg(current_version_id::text, ',' ORDER BY id) AS signature FROM datasets",
    );
    const key = createHash('sha256').update(JSON.stringify([kind, request, versions[0]?.signature ?? ''])).digest('hex');
    const cached: Array<{ result: T }> = await this.dataSource.query('SELECT result FROM analysis_cache WHERE key = $1', [key]);
    if (cached[0]) return cached[0].result;
    const result = await compute();
    // Entries of superseded versions are never read again; sweep old ones now and then.
    if (Math.random() < 0.02) await this.dataSource.query("DELETE FROM analysis_cache WHERE created_at < now() - interval '7 days'");
    await this.dataSource.query('INSERT INTO analysis_cache (key, kind, result) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [key, kind, JSON.stringify(result)]);
    return result;
  }
}
