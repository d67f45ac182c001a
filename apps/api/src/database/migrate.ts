import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

const MIGRATION_LOCK = 7_460_001;

/** Runs `work` on a fresh DataSource while holding a cluster-wide lock, so API processes starting together migrate once. */
async function withMigrationLock<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  const dataSource = new DataSource(dataSourceOptions(url));
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}

/** Applies pending migrations; returns their names. */
export function migrate(url: string): Promise<string[]> {
  return withMigrationLock(url, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/** Reverts the newest applied migration. */
export function revertLastMigration(url: string): Promise<void> {
  return withMigrationLock(url, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
}

/** Drops everything in the database's public schema, then migrates from scratch. */
export async function resetDatabase(url: string): Promise<string[]> {
  await withMigrationLock(url, async (dataSource) => {
    await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });
  return migrate(url);
}
