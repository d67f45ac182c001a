import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, found from this file's place in apps/api/{src,dist}/config. */
export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Proxies whose X-Forwarded-For/-Proto we believe (Express's "trust proxy"): false, a hop count, or names, addresses and subnets. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxy = (entry: string): boolean => {
  const [address = '', prefix, ...rest] = entry.split('/');
  return PROXY_NAMES.has(entry) || (isIP(address) !== 0 && rest.length === 0 && (prefix === undefined || /^\d{1,3}$/.test(prefix)));
};
const trustProxy = z
  .string()
  .trim()
  .transform((value) => (value === '' || value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value.split(',').map((entry) => entry.trim())))
  .refine((value) => typeof value !== 'object' || value.every(isProxy), 'must be false, a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets (true is refused: it would believe any client)');

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
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
  DEMO_PASSWORD: z.string().min(8).optional(),
  TRUST_PROXY: trustProxy.default(false),
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
  /** Signs login tokens; required in production, a fixed development value elsewhere. */
  jwtSecret: string;
  uploadMaxBytes: number;
  /** Express's "trust proxy": who may say, in X-Forwarded-For and -Proto, which client and scheme a request came from. */
  trustProxy: false | number | readonly string[];
  /** Demo accounts (one per role) are created in development only, with this password. */
  demoPassword: string | undefined;
}>;

/** Known to everyone who reads this repository: fine for a laptop, refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'marketlens-development-only-jwt-secret-do-not-use';
const DEVELOPMENT_DEMO_PASSWORD = 'marketlens-demo';

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
  const production = value.NODE_ENV === 'production';
  if (production && (!value.JWT_SECRET || value.JWT_SECRET === DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: set a secret of your own (32+ characters) in production');
  }
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
    jwtSecret: value.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    uploadMaxBytes: value.UPLOAD_MAX_BYTES,
    trustProxy: value.TRUST_PROXY,
    demoPassword: production ? undefined : (value.DEMO_PASSWORD ?? (value.NODE_ENV === 'development' ? DEVELOPMENT_DEMO_PASSWORD : undefined)),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
