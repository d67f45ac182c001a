// A throw-away embedded PostgreSQL for a benchmark run, started with the API's own code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../../apps/api/dist/database/embedded/embedded-postgres.js';
import { ensureDatabase } from '../../apps/api/dist/database/ensure-database.js';
import { migrate } from '../../apps/api/dist/database/migrate.js';

export async function benchDatabase(name) {
  const directory = await mkdtemp(join(tmpdir(), `marketlens-bench-${name}-`));
  const server = await startEmbeddedPostgres({ directory, database: name, logger: pino({ level: 'warn' }) });
  await ensureDatabase(server.url);
  await migrate(server.url);
  return {
    url: server.url,
    async close() {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
