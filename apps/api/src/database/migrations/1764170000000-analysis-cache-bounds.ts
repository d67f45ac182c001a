import type { MigrationInterface, QueryRunner } from 'typeorm';

/** analysis_cache remembers when each entry was last used, so the least recently used go first past its cap. */
export class AnalysisCacheBounds1764170000000 implements MigrationInterface {
  name = 'AnalysisCacheBounds1764170000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE analysis_cache ADD COLUMN used_at timestamptz NOT NULL DEFAULT now();
      DROP INDEX analysis_cache_created_idx;
      CREATE INDEX analysis_cache_used_idx ON analysis_cache (used_at);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP INDEX analysis_cache_used_idx;
      ALTER TABLE analysis_cache DROP COLUMN used_at;
      CREATE INDEX analysis_cache_created_idx ON analysis_cache (created_at);
    `);
  }
}
