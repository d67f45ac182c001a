import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module.js';
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
import { MarketShareModule } from './market-share/market-share.module.js';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  /** Where to write the schema; `true` keeps it in memory. */
  readonly schemaFile?: string | true;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(options.config),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRoot(graphqlOptions(options.schemaFile ?? true)),
        HealthModule,
        AuthModule,
        DatasetsModule,
        CatalogModule,
        EventsModule,
        MarketShareModule,
        SeriesModule,
        BundlingEffectsModule,
        PartnershipsModule,
      ],
    };
  }
}
