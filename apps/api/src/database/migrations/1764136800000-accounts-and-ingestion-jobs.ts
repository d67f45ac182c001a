import { nameKey } from '@marketlens/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name keys on the catalog (set-based matching of uploaded names), accounts and login attempts,
 * ingestion jobs and their staging tables.
 */
export class AccountsAndIngestionJobs1764136800000 implements MigrationInterface {
  name = 'AccountsAndIngestionJobs1764136800000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['vendors', 'products']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN key text`);
      const rows: Array<{ id: number; name: string }> = await runner.query(`SELECT id, name FROM ${table}`);
      for (const row of rows) await runner.query(`UPDATE ${table} SET key = $2 WHERE id = $1`, [row.id, nameKey(row.name)]);
      await runner.query(`ALTER TABLE ${table} ALTER COLUMN key SET NOT NULL`);
      await runner.query(`CREATE UNIQUE INDEX ${table}_key_idx ON ${table} (key)`);
    }
    await runner.query(`
      CREATE VIEW vendor_keys AS SELECT key, id FROM vendors UNION ALL SELECT key, vendor_id FROM vendor_aliases;
      CREATE VIEW product_keys AS SELECT key, id FROM products UNION ALL SELECT key, product_id FROM product_aliases;

      CREATE TABLE users (
        id serial PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('viewer', 'researcher', 'admin')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at);
      CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at);

      CREATE TABLE ingestion_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset text,
        status text NOT NULL CHECK (status IN ('created', 'receiving', 'validated', 'rejected', 'published', 'unchanged', 'failed', 'discarded')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        files jsonb NOT NULL DEFAULT '[]'::jsonb,
        bytes_received bigint NOT NULL DEFAULT 0,
        bytes_total bigint,
        rows_validated bigint NOT NULL DEFAULT 0,
        problem_count integer NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]'::jsonb,
        preview jsonb NOT NULL DEFAULT '[]'::jsonb,
        descriptor jsonb,
        checksum text,
        result jsonb,
        message text
      );
      CREATE INDEX ingestion_jobs_status_idx ON ingestion_jobs (status, updated_at);

      -- Staging is not live data: unlogged (fast COPY, emptied by a crash, which loses nothing published).
      CREATE UNLOGGED TABLE staged_observations (
        job_id uuid NOT NULL REFERENCES ingestion_jobs (id) ON DELETE CASCADE,
        line integer NOT NULL,
        period_start date NOT NULL,
        granularity text NOT NULL,
        product text NOT NULL,
        product_key text NOT NULL,
        product_ref text NOT NULL,
        vendor text,
        vendor_key text,
        metric text NOT NULL,
        value double precision NOT NULL,
        unit text NOT NULL,
        original_value double precision NOT NULL,
        original_unit text NOT NULL,
        segment text NOT NULL,
        geography text NOT NULL,
        source_key text NOT NULL,
        note text
      );
      CREATE INDEX staged_observations_job_idx ON staged_observations (job_id);
      CREATE UNLOGGED TABLE staged_records (
        job_id uuid NOT NULL REFERENCES ingestion_jobs (id) ON DELETE CASCADE,
        kind text NOT NULL,
        line integer NOT NULL,
        file text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX staged_records_job_idx ON staged_records (job_id, kind, line);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE staged_records; DROP TABLE staged_observations; DROP TABLE ingestion_jobs;
      DROP TABLE login_attempts; DROP TABLE users;
      DROP VIEW product_keys; DROP VIEW vendor_keys;
      DROP INDEX products_key_idx; DROP INDEX vendors_key_idx;
      ALTER TABLE products DROP COLUMN key; ALTER TABLE vendors DROP COLUMN key;
    `);
  }
}
