import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/**
 * Never logged, wherever they appear in a record: credentials in request and response headers, and
 * passwords and tokens in any object one or two levels down (GraphQL variables, arguments, errors).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'currentPassword', 'newPassword', 'token', 'authorization', 'cookie'].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * One structured logger for the process: JSON lines for machines; in development on a terminal,
 * the same records pretty-printed for a person.
 */
export function createLogger(level: string, pretty = false): Logger {
  const options = { level, base: { service: 'marketlens-api' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return pretty ? pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,service', translateTime: 'HH:MM:ss' } } }) : pino(options);
}

/**
 * A request as pino-http logs it: its address without the query string (a client may put GraphQL
 * variables, a password among them, in a GET request's address), and its headers (credentials redacted).
 */
export function requestForLog(request: { id?: unknown; method?: string; url?: string; headers?: unknown; remoteAddress?: string }): Record<string, unknown> {
  return { id: request.id, method: request.method, url: request.url?.split('?')[0], headers: request.headers, remoteAddress: request.remoteAddress };
}

/** A response as pino-http logs it: its status (its headers are the same security headers every time). */
export function responseForLog(response: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: response.statusCode };
}

/** Nest's start-up chatter: every module and route it wires, useful only when debugging. */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory']);

/** Routes Nest's own log calls into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    if (context && WIRING_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
