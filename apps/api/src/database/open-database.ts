import { rm } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.js';
import { ensureDatabase } from './ensure-database.js';
import { whenDatabaseReachable } from './wait-for-database.js';

export interface OpenDatabase {
  readonly url: string;
  readonly embedded: boolean;
  close(): Promise<void>;
}

export const APPLICATION_DATABASE = 'marketlens';

/** The configured PostgreSQL server, or an embedded one when DATABASE_URL is unset. */
export async function openDatabase(config: AppConfig, logger: Logger, attachToRunning = false): Promise<OpenDatabase> {
  const { databaseUrl: url } = config;
  if (url) {
    await whenDatabaseReachable(() => ensureDatabase(url), { url, waitSeconds: config.databaseWaitSeconds, logger });
    return { url, embedded: false, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    directory: config.embeddedPostgresDir,
    database: APPLICATION_DATABASE,
    logger,
    attachToRunning,
  });
  try {
    await ensureDatabase(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const close = async (): Promise<void> => {
    await server.stop();
    if (config.embeddedPostgresEphemeral) {
      for (const directory of new Set([server.directory, config.embeddedPostgresDir])) await rm(directory, { recursive: true, force: true });
    }
  };
  return { url: server.url, embedded: true, close };
}
