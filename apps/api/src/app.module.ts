import { Module, type DynamicModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { DataSource, type Logger as QueryLogger } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalysisCacheModule } from './analysis-cache/analysis-cache.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ForecastsModule } from './forecasts/forecasts.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { BundlingEffectsModule } from './effects/bundling-effects.module.js';
import { PartnershipsModule } from './partnerships/partnerships.module.js';
import { SeriesModule } from './series/series.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DatasetsModule } from './datasets/datasets.module.js';
import { EventsModule } from './events/events.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MarketShareModule } from './market-share/market-share.module.js';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly logger: Logger;
  /** Where to write the schema; `true` keeps it in memory. */
  readonly schemaFile?: string | true;
  /** Sees every SQL statement (tests count them to prove batching). */
  readonly queryLogger?: QueryLogger;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(options.config),
        LoggingModule.register(options.logger),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.queryLogger)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => graphqlOptions(options.schemaFile ?? true, dataSource, options.logger),
        }),
        HealthModule,
        AuthModule,
        DatasetsModule,
        CatalogModule,
        EventsModule,
        MarketShareModule,
        SeriesModule,
        BundlingEffectsModule,
        PartnershipsModule,
        AnalysisCacheModule,
        ForecastsModule,
      ],
    };
  }
}
