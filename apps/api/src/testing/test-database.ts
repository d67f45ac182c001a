import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../database/migrate.js';

export interface TestDatabase {
  readonly url: string;
  /** A plain pg pool on the test database, for assertions in SQL. */
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A URL on the run's PostgreSQL server naming a database that does not exist yet; `drop()` removes it if it came to be. */
export function missingTestDatabase(): { readonly url: URL; readonly name: string; drop(): Promise<void> } {
  const serverUrl = inject('postgresServerUrl');
  const name = `marketlens_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url, name, drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, migrated database of its own for one test file, on the run's PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = missingTestDatabase();
  await onServer(inject('postgresServerUrl'), `CREATE DATABASE ${database.name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = database.url.toString();
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // DROP DATABASE … WITH (FORCE) ends connections that are still closing; that is expected, not a failure.
  pool.on('error', () => undefined);
  return {
    url,
    pool,
    async drop() {
      await pool.end();
      await database.drop();
    },
  };
}
