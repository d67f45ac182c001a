import { IntrinsicException } from '@nestjs/common';

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

/**
 * An error we report on purpose. Intrinsic: Nest does not log it as an unexpected failure (a wrong
 * password is an answer, not an incident); whoever throws it logs what deserves a log.
 */
export class AppError extends IntrinsicException {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
