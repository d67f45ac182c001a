import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A shared cache of analysis results, keyed by request and by the current dataset versions. */
export class AnalysisCache1764151200000 implements MigrationInterface {
  name = 'AnalysisCache1764151200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE analysis_cache (
        key text PRIMARY KEY,
        kind text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX analysis_cache_created_idx ON analysis_cache (created_at);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE analysis_cache');
  }
}
