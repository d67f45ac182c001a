import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, found from this file's place in apps/api/{src,dist}/config. */
export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4280),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).default(resolve(REPOSITORY_ROOT, '.data/embedded-postgres')),
  EMBEDDED_POSTGRES_EPHEMERAL: booleanFlag.default(false),
  DATASETS_DIR: z.string().min(1).default(resolve(REPOSITORY_ROOT, 'datasets')),
  DASHBOARD_DIR: z.string().min(1).default(resolve(REPOSITORY_ROOT, 'apps/dashboard/dist')),
  LOAD_DATASETS: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = Readonly<{
  environment: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** Set: use this PostgreSQL server. Unset: start an embedded one. */
  databaseUrl: string | undefined;
  embeddedPostgresDir: string;
  /** Delete the embedded database's directory on shutdown (browser-test runs). */
  embeddedPostgresEphemeral: boolean;
  datasetsDir: string;
  dashboardDir: string;
  loadDatasets: boolean;
  logLevel: string;
}>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment once, at boot; every problem is named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  return {
    environment: value.NODE_ENV,
    host: value.HOST,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL,
    embeddedPostgresDir: value.EMBEDDED_POSTGRES_DIR,
    embeddedPostgresEphemeral: value.EMBEDDED_POSTGRES_EPHEMERAL,
    datasetsDir: value.DATASETS_DIR,
    dashboardDir: value.DASHBOARD_DIR,
    loadDatasets: value.LOAD_DATASETS,
    logLevel: value.LOG_LEVEL,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
