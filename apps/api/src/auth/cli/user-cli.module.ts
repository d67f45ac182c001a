import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { ConfigModule } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { LoggingModule } from '../../logging/logging.module.js';
import { AuthModule } from '../auth.module.js';

/** Accounts without HTTP or GraphQL: what `npm run user:create` needs. */
@Module({})
export class UserCliModule {
  static register(config: AppConfig, databaseUrl: string, logger: Logger): DynamicModule {
    return {
      module: UserCliModule,
      imports: [ConfigModule.register(config), LoggingModule.register(logger), TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)), AuthModule],
    };
  }
}
