import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { IngestionModule } from '../ingestion.module.js';

/** The ingestion pipeline without HTTP or GraphQL: what the command line needs. */
@Module({})
export class IngestionCliModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: IngestionCliModule,
      imports: [ConfigModule.register(config), TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)), IngestionModule],
    };
  }
}
