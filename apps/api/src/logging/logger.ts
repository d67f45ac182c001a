import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/**
 * One structured logger for the process: JSON lines for machines; in development on a terminal,
 * the same records pretty-printed for a person.
 */
export function createLogger(level: string, pretty = false): Logger {
  const options = { level, base: { service: 'marketlens-api' } };
  return pretty ? pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,service', translateTime: 'HH:MM:ss' } } }) : pino(options);
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
