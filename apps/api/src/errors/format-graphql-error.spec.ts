import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, AppErrorCode } from './app-error.js';
import { formatGraphqlError } from './format-graphql-error.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('formatGraphqlError', () => {
  it('keeps our errors’ message and code', () => {
    const error = wrap(new AppError(AppErrorCode.NotFound, 'No source with id 9.'));
    expect(formatGraphqlError({ message: 'x', extensions: {} }, error)).toMatchObject({ message: 'No source with id 9.', extensions: { code: 'NOT_FOUND' } });
  });

  it('keeps the client’s own mistakes (a query that does not validate)', () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatGraphqlError(formatted, new GraphQLError(formatted.message))).toMatchObject(formatted);
  });

  it('hides the details of anything unexpected', () => {
    const error = wrap(new Error('connect ECONNREFUSED 127.0.0.1:5432 password=secret'));
    const formatted = formatGraphqlError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
