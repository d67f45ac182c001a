import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, AppErrorCode } from './app-error.js';

const EXPOSED_CODES = new Set<string>(Object.values(AppErrorCode));
const APOLLO_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

function originalOf(error: unknown): unknown {
  return (error as { originalError?: unknown } | undefined)?.originalError;
}

/**
 * The one place errors become GraphQL errors: our AppErrors and the client's own mistakes keep
 * their message and code; anything else is an internal error whose details stay in the log.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, logger?: Logger): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if (EXPOSED_CODES.has(code) || APOLLO_CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } } as GraphQLFormattedError;
  }
  logger?.error({ err: originalOf(error) ?? error, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } } as GraphQLFormattedError;
}
