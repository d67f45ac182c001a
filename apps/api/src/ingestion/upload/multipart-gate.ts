import type { Role } from '@marketlens/domain';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import type { Caller } from '../../auth/sessions.js';
import { AppError, AppErrorCode } from '../../errors/app-error.js';
import { megabytes } from './upload-failure.js';

/** Who may send files: the roles of the upload mutation, checked before a byte of the body is read. */
export const UPLOAD_ROLES: Role[] = ['researcher', 'admin'];

/** The largest `operations` or `map` field of a multipart request. */
const MAX_FIELD_BYTES = 1024 * 1024;
/** Part headers and boundaries, generously. */
const FRAMING_BYTES = 64 * 1024;
/** RFC 2046: a boundary is 1 to 70 characters. */
const BOUNDARY = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))(?:\s*;|\s*$)/i;
/** How long a refused request's body is still read (and discarded) before its connection is closed. */
const LINGER_MS = 2_000;
/** Apollo's CSRF prevention: a multipart request is "simple", so it must carry one of these headers. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

export interface MultipartOptions {
  readonly uploadMaxBytes: number;
  /** Files one request may carry (graphql-upload's limit). */
  readonly maxFiles: number;
  /** The auth guard's own authentication and role check: one code path for every request. */
  authenticate(request: Request): Promise<Caller | undefined>;
  requireRole(user: Caller | undefined, roles: readonly Role[]): void;
}

class Refusal extends AppError {
  constructor(
    readonly status: number,
    code: AppErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

const STATUS: Partial<Record<AppErrorCode, number>> = { [AppErrorCode.Unauthenticated]: 401, [AppErrorCode.Forbidden]: 403 };

function answer(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Everything that can be known from the headers alone: anything wrong is refused before the body is read. */
async function checkHeaders(request: Request, options: MultipartOptions, maxLength: number): Promise<void> {
  if (!PREFLIGHT_HEADERS.some((header) => (request.get(header) ?? '').length > 0)) {
    throw new Refusal(400, AppErrorCode.BadInput, `This operation has been blocked as a potential Cross-Site Request Forgery (CSRF): send a non-empty ${PREFLIGHT_HEADERS.join(' or ')} header with a multipart request.`);
  }
  if (!BOUNDARY.test(request.get('content-type') ?? '')) {
    throw new Refusal(400, AppErrorCode.BadInput, 'This multipart request has no valid boundary in its Content-Type (multipart/form-data; boundary=…, 1 to 70 characters).');
  }
  const declared = request.get('content-length');
  if (declared === undefined) throw new Refusal(411, AppErrorCode.BadInput, 'Send a multipart upload with its Content-Length.');
  if (Number(declared) > maxLength) {
    throw new Refusal(413, AppErrorCode.BadInput, `This upload is larger than allowed: at most ${options.maxFiles} files of ${megabytes(options.uploadMaxBytes)} each.`);
  }
  const user = await options.authenticate(request);
  options.requireRole(user, UPLOAD_ROLES);
}

/**
 * After a refusal the client may still be sending: its bytes are read and discarded (never stored)
 * for a moment, so closing does not reset the connection before the client has read the answer,
 * then the connection is closed if the body has not ended.
 */
function lingerThenClose(request: Request, response: Response): void {
  response.once('finish', () => {
    if (request.complete) return;
    const timer = setTimeout(() => request.socket.destroy(), LINGER_MS);
    request.once('end', () => clearTimeout(timer));
  });
}

/**
 * Refuses a multipart request whose headers already say it cannot go on — no CSRF header, no
 * boundary, no or too large a Content-Length, an anonymous or unauthorised caller — before any of
 * its body is read, let alone written to disk.
 */
function multipartGate(options: MultipartOptions): RequestHandler {
  const maxLength = options.uploadMaxBytes * options.maxFiles + 2 * MAX_FIELD_BYTES + FRAMING_BYTES;
  return (request, response, next) => {
    if (!request.is('multipart/*')) return next();
    checkHeaders(request, options, maxLength).then(
      () => next(),
      (error: unknown) => {
        const status = error instanceof Refusal ? error.status : error instanceof AppError ? (STATUS[error.code] ?? 400) : 500;
        const refusal = error instanceof AppError ? error : new AppError(AppErrorCode.BadInput, 'This upload could not be checked.');
        answer(response, status, refusal.code, refusal.message);
        lingerThenClose(request, response);
      },
    );
  };
}

/**
 * graphql-upload's errors (malformed multipart, a field or file count over its limit, a request
 * cut off) as a clear GraphQL-shaped 4xx, never a 500: each is the client's request being wrong.
 */
const multipartErrors: ErrorRequestHandler = (error: unknown, request, response, next) => {
  if (!request.is('multipart/*')) return next(error);
  const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
  const known = typeof status === 'number' && expose === true;
  // The answer waits for the body to end (graphql-upload defers it); let the rest of the body drain.
  request.resume();
  answer(response, known ? status : 400, AppErrorCode.BadInput, known ? String(message) : `This multipart request is malformed: ${String(message)}.`);
};

/** The /graphql middleware for multipart requests (GraphQL multipart request spec): gate, parse, errors. */
export function multipartUploads(options: MultipartOptions): Array<RequestHandler | ErrorRequestHandler> {
  return [
    multipartGate(options),
    graphqlUploadExpress({ maxFileSize: options.uploadMaxBytes, maxFiles: options.maxFiles, maxFieldSize: MAX_FIELD_BYTES }),
    multipartErrors,
  ];
}
