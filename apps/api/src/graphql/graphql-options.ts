import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { formatGraphqlError } from '../errors/format-graphql-error.js';

/** Code-first schema, built in memory; `npm run schema -w @marketlens/api` writes it to schema.gql. */
export function graphqlOptions(schemaFile: string | true): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: schemaFile,
    sortSchema: true,
    introspection: true,
    graphiql: false,
    // CSRF prevention stays on: browsers cannot send a "simple" cross-site request.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    context: ({ req }: { req: unknown }) => ({ req }),
  };
}
