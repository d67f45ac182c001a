import type { EntityManager } from 'typeorm';

/**
 * A job's own staging tables: unlogged (fast, and a crash only loses what was never published), no
 * indexes (written once, read once in bulk), dropped whole when the job ends.
 */
export function stagingTables(jobId: string): { observations: string; records: string } {
  const id = jobId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(id)) throw new Error(`not a job id: ${jobId}`);
  return { observations: `staging.job_${id}_observations`, records: `staging.job_${id}_records` };
}

export async function createStagingTables(manager: EntityManager, jobId: string): Promise<void> {
  const tables = stagingTables(jobId);
  await manager.query(`
    CREATE UNLOGGED TABLE ${tables.observations} (
      line integer NOT NULL, period_start date NOT NULL, granularity text NOT NULL,
      product text NOT NULL, product_key text NOT NULL, product_ref text NOT NULL, vendor text, vendor_key text,
      metric text NOT NULL, value double precision NOT NULL, unit text NOT NULL,
      original_value double precision NOT NULL, original_unit text NOT NULL,
      segment text NOT NULL, geography text NOT NULL, source_key text NOT NULL, note text);
    CREATE UNLOGGED TABLE ${tables.records} (kind text NOT NULL, line integer NOT NULL, file text NOT NULL, data jsonb NOT NULL);
  `);
}

export async function dropStagingTables(manager: EntityManager, jobIds: readonly string[]): Promise<void> {
  for (const jobId of jobIds) {
    const tables = stagingTables(jobId);
    await manager.query(`DROP TABLE IF EXISTS ${tables.observations}, ${tables.records}`);
  }
}
