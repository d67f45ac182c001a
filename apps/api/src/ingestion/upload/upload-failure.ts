/** A file of an upload that could not be read to its end, with the job's message for it. */
export class UploadInputError extends Error {
  override readonly name = 'UploadInputError';
}

export const CUT_OFF = 'the upload was cut off before its end (the connection closed); nothing was stored';
const DATABASE_GONE = 'the database could not be reached while the upload was stored (it may have restarted); nothing was stored — upload the files again';
const INTERNAL = 'an internal error stopped the upload; nothing was stored';

export function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** What went wrong with an uploaded file's stream (graphql-upload's and busboy's errors), said for the job. */
export function uploadInputError(error: unknown, maxBytes: number): UploadInputError {
  if (error instanceof UploadInputError) return error;
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown };
  if (/exceeds the \d+ byte size limit/.test(String(message))) return new UploadInputError(`a file is larger than the upload limit of ${megabytes(maxBytes)}`);
  // graphql-upload's 499: the client went away mid-request.
  if (status === 499 || message === undefined) return new UploadInputError(CUT_OFF);
  return new UploadInputError(`the multipart request is malformed (${String(message).replace(/\.$/, '')}); nothing was stored`);
}

const CONNECTION_LOST =
  /Connection terminated|connection error|not queryable|terminating connection|socket has been ended|COPY stream closed|the database system is (starting up|shutting down|in recovery mode)/i;
/** Socket errors: the only sockets staging writes to are the database's (the upload's surface as UploadInputError). */
const SOCKET_ERRORS = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);

/** A lost or refused database connection: PostgreSQL stopped, restarted or is unreachable. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const cause = (error as { driverError?: unknown } | undefined)?.driverError ?? error;
  const code = String((cause as { code?: unknown } | undefined)?.code ?? '');
  const message = cause instanceof Error ? cause.message : String(cause);
  return code.startsWith('08') || code.startsWith('57P') || SOCKET_ERRORS.has(code) || CONNECTION_LOST.test(message);
}

/** The message an ingestion job fails with, for any error that stopped it. */
export function failureMessage(error: unknown): string {
  if (error instanceof UploadInputError) return error.message;
  if (isDatabaseUnreachable(error)) return DATABASE_GONE;
  return INTERNAL;
}
