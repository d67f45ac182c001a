import pg from 'pg';

const ALREADY_CREATED = new Set(['42P04', '23505']);

/** Creates the database named in `url` when it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(url)}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  // A bounded connect, so a server that swallows packets is retried like one that refuses them.
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`);
    }
  } catch (error) {
    // Two processes starting at once may both try. The loser sees the winner's database as a
    // duplicate_database (42P04) when the winner had committed before it looked, and as a
    // unique_violation on pg_database's name index (23505) when both were creating at once.
    if (!ALREADY_CREATED.has((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
}

/** A URL safe to print: the password replaced. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}
