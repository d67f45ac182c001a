import 'reflect-metadata';
import { AuthService, demoEmail } from './auth/auth.service.js';
import { loadConfig } from './config/config.js';
import { createApp } from './create-app.js';
import { migrate } from './database/migrate.js';
import { openDatabase, type OpenDatabase } from './database/open-database.js';
import { DatasetSeeder } from './datasets/dataset-seeder.js';
import { installLastResort } from './errors/last-resort.js';
import { createLogger } from './logging/logger.js';

const SHUTDOWN_DEADLINE_MS = 20_000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.environment === 'development' && process.stdout.isTTY === true);
  let database: OpenDatabase | undefined;
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> =>
    (closing ??= (async () => {
      logger.info({ signal }, 'shutting down');
      const deadline = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
      await app?.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing the API'));
      await database?.close();
      clearTimeout(deadline);
    })());
  // `on`, not `once`: a terminal's Ctrl-C reaches us both directly and forwarded by npm, and a
  // second signal must not kill the process before the embedded PostgreSQL has stopped.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void shutdown(signal).then(() => process.exit(0)));
  }
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let serving = false;
  installLastResort({ logger, serving: () => serving, shutDown: (reason) => void shutdown(reason).then(() => process.exit(1)) });
  try {
    database = await openDatabase(config, logger);
    const applied = await migrate(database.url);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    app = await createApp({ config, databaseUrl: database.url, logger });
    await app.get(AuthService).ensureDemoUsers(logger);
    if (config.loadDatasets) await app.get(DatasetSeeder).seed(config.datasetsDir, logger);
    await app.listen(config.port, config.host);
    serving = true;
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await shutdown('startup-failure');
    process.exit(1);
  }
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/`;
  logger.info({ url, seconds: (Date.now() - started) / 1000, embeddedDatabase: database.embedded }, 'Marketlens is ready');
  const demo = config.demoPassword
    ? `  Demo logins (password "${config.demoPassword}"): ${demoEmail('viewer')}, ${demoEmail('researcher')}, ${demoEmail('admin')}\n`
    : '';
  process.stdout.write(`\n  Marketlens dashboard: ${url}\n  GraphQL API:          ${url}graphql\n${demo}\n`);
}

void main();
