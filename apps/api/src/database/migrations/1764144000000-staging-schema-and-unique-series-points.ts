import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster ingestion. Each job stages into its own unlogged, index-free tables in the `staging`
 * schema (dropped whole when the job ends, no DELETE). A unique index on the series point makes
 * PostgreSQL refuse a duplicated point, replacing a publish-time scan. Observations lose their
 * foreign keys: their only writer is the publisher's INSERT … SELECT, which joins every row to its
 * product, source and new version, and the per-row checks more than doubled publishing time
 * (measured: 400,000 rows in 9.6 s with them, 4.4 s without). Integration tests check for orphans.
 * One index serves every read (a version's rows; a series family within the current versions) and
 * enforces uniqueness, so the surrogate key and the two other indexes go: each cost every insert.
 */
export class StagingSchemaAndUniqueSeriesPoints1764144000000 implements MigrationInterface {
  name = 'StagingSchemaAndUniqueSeriesPoints1764144000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE staged_records;
      DROP TABLE staged_observations;
      CREATE SCHEMA staging;
      DROP INDEX observations_series_idx;
      DROP INDEX observations_dataset_version_idx;
      DROP INDEX observations_product_idx;
      ALTER TABLE observations
        DROP CONSTRAINT observations_product_id_fkey,
        DROP CONSTRAINT observations_source_id_fkey,
        DROP CONSTRAINT observations_dataset_version_id_fkey,
        DROP COLUMN id;
      CREATE UNIQUE INDEX observations_series_point_idx
        ON observations (dataset_version_id, source_id, metric, segment, geography, granularity, period_start, product_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP INDEX observations_series_point_idx;
      ALTER TABLE observations ADD COLUMN id bigserial PRIMARY KEY;
      CREATE INDEX observations_dataset_version_idx ON observations (dataset_version_id);
      CREATE INDEX observations_product_idx ON observations (product_id);
      ALTER TABLE observations
        ADD CONSTRAINT observations_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id),
        ADD CONSTRAINT observations_source_id_fkey FOREIGN KEY (source_id) REFERENCES sources (id),
        ADD CONSTRAINT observations_dataset_version_id_fkey FOREIGN KEY (dataset_version_id) REFERENCES dataset_versions (id) ON DELETE CASCADE;
      CREATE INDEX observations_series_idx ON observations (metric, segment, geography, source_id, granularity, period_start);
      DROP SCHEMA staging CASCADE;
      CREATE UNLOGGED TABLE staged_observations (
        job_id uuid NOT NULL REFERENCES ingestion_jobs (id) ON DELETE CASCADE, line integer NOT NULL, period_start date NOT NULL,
        granularity text NOT NULL, product text NOT NULL, product_key text NOT NULL, product_ref text NOT NULL, vendor text,
        vendor_key text, metric text NOT NULL, value double precision NOT NULL, unit text NOT NULL, original_value double precision NOT NULL,
        original_unit text NOT NULL, segment text NOT NULL, geography text NOT NULL, source_key text NOT NULL, note text);
      CREATE INDEX staged_observations_job_idx ON staged_observations (job_id);
      CREATE UNLOGGED TABLE staged_records (
        job_id uuid NOT NULL REFERENCES ingestion_jobs (id) ON DELETE CASCADE, kind text NOT NULL, line integer NOT NULL,
        file text NOT NULL, data jsonb NOT NULL);
      CREATE INDEX staged_records_job_idx ON staged_records (job_id, kind, line);
    `);
  }
}
