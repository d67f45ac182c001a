/**
 * `npm run user:create -- --email <email> --role admin`: creates an account, such as the first admin
 * of a production install (which has no demo accounts). The password is never echoed or printed.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { text } from 'node:stream/consumers';
import { read } from 'read';
import { loadConfig } from '../../config/config.js';
import { migrate } from '../../database/migrate.js';
import { openDatabase } from '../../database/open-database.js';
import { AppError } from '../../errors/app-error.js';
import { createLogger } from '../../logging/logger.js';
import { AuthService } from '../auth.service.js';
import { parseUserCliArguments, UsageError } from './user-cli-arguments.js';
import { UserCliModule } from './user-cli.module.js';

const PASSWORD_VARIABLE = 'MARKETLENS_USER_PASSWORD';

/** From the environment, a terminal (asked twice, not shown) or the first line of standard input. */
async function readPassword(): Promise<string> {
  const fromEnvironment = process.env[PASSWORD_VARIABLE];
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) return (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  const ask = (prompt: string) => read({ prompt, silent: true, replace: '', output: process.stderr });
  const password = await ask('Password (12+ characters, not shown): ');
  if ((await ask('The same password again: ')) !== password) throw new UsageError('The two passwords differ; nothing was created.');
  return password;
}

async function main(): Promise<void> {
  const args = parseUserCliArguments(process.argv.slice(2));
  const password = await readPassword();
  const config = loadConfig();
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn');
  const database = await openDatabase(config, logger, true);
  try {
    await migrate(database.url);
    const context = await NestFactory.createApplicationContext(UserCliModule.register(config, database.url, logger), { logger: false });
    try {
      const user = await context.get(AuthService).createUser({ ...args, password });
      console.log(`created ${user.role} ${user.email} (${user.name})`);
    } finally {
      await context.close();
    }
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof AppError;
    console.error(known ? error.message : `user:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
