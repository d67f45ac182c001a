import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { CatalogLoaders } from '../catalog/catalog-loaders.js';
import type { AppConfig } from '../config/config.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { costLimitPlugin, depthLimitRule, MAX_QUERY_COST, MAX_QUERY_DEPTH, MAX_QUERY_TOKENS } from './query-limits.js';
import { ResponseBudget } from './response-budget.js';
import { chargeListFields, responseBudgetPlugin } from './response-size.js';

/** Code-first schema, built in memory; `npm run schema -w @marketlens/api` writes it to schema.gql. */
export function graphqlOptions(schemaFile: string | true, dataSource: DataSource, logger: Logger, config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: schemaFile,
    sortSchema: true,
    // Production shows no map of the schema: no introspection, no "Did you mean…" in errors.
    introspection: config.graphql.introspection,
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    graphiql: false,
    // CSRF prevention stays on: browsers cannot send a "simple" cross-site request.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    formatError: (formatted, error) => formatGraphqlError(formatted, error, logger),
    context: ({ req }: { req: unknown }) => ({
      req,
      loaders: { catalog: new CatalogLoaders(dataSource) },
      responseBudget: new ResponseBudget(config.graphql.responseMaxBytes),
    }),
    transformSchema: chargeListFields,
    validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
    // No HTTP cache hints: its per-field hook cost a third of a large marketShare response's time.
    plugins: [costLimitPlugin(MAX_QUERY_COST), responseBudgetPlugin(), ApolloServerPluginCacheControlDisabled()],
  };
}
