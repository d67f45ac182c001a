import type { DataSourceOptions, Logger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** One definition of how we talk to PostgreSQL, shared by the API, the CLI and the tests. */
export function dataSourceOptions(url: string, queryLogger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Schema changes only ever come from reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    ...(queryLogger ? { logging: ['query'] as const, logger: queryLogger } : { logging: false }),
    extra: { max: 10, application_name: 'marketlens-api' },
  };
}
