/** Every error the API reports on purpose; mapped to a GraphQL error code in one place. */
export enum AppErrorCode {
  BadInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  IngestRejected = 'INGEST_REJECTED',
}

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
