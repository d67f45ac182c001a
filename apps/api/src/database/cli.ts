/**
 * `npm run db:migrate | db:migrate:revert | db:reset`: the same migrations the API runs at start,
 * against DATABASE_URL or the embedded database.
 */
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { migrate, resetDatabase, revertLastMigration } from './migrate.js';
import { openDatabase } from './open-database.js';

const COMMANDS = ['migrate', 'revert', 'reset'] as const;
type Command = (typeof COMMANDS)[number];

async function run(command: Command): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    if (command === 'migrate') logger.info({ applied: await migrate(database.url) }, 'migrations applied');
    if (command === 'revert') {
      await revertLastMigration(database.url);
      logger.info('last migration reverted');
    }
    if (command === 'reset') logger.info({ applied: await resetDatabase(database.url) }, 'database reset');
  } finally {
    await database.close();
  }
}

const command = process.argv[2];
if (!COMMANDS.includes(command as Command)) {
  console.error(`usage: cli.js <${COMMANDS.join('|')}>`);
  process.exit(2);
}
run(command as Command).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
