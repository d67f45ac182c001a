import type { Logger } from 'pino';
import { redact } from './ensure-database.js';

/** Network errors that mean the server is not there yet (down, restarting, its name not yet resolvable). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs of a server that is starting, stopping or full: 57P01-03 and 53300, and the 08 class (connection exceptions). */
const NOT_READY = /^(57P0[123]|53300|08...)$/;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

export interface WaitOptions {
  /** The server's URL, for messages (printed with its password hidden). */
  readonly url: string;
  /** Total time to keep trying; 0 tries once. */
  readonly waitSeconds: number;
  readonly logger: Logger;
}

/**
 * Runs `work` (the first talk to the server) until it succeeds, retrying with exponential backoff
 * while PostgreSQL is unreachable or not ready, for at most `waitSeconds`: a server that starts
 * after the API (a reboot, a compose file) is waited for, and each retry is logged. Other errors
 * (a wrong password, a missing role) fail at once: waiting would not fix them.
 */
export async function whenDatabaseReachable<T>(work: () => Promise<T>, options: WaitOptions): Promise<T> {
  const started = Date.now();
  const deadline = started + options.waitSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error)) throw error;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(
          `PostgreSQL at ${redact(options.url)} was not reachable within ${options.waitSeconds} s ` +
            `(DATABASE_WAIT_SECONDS; ${attempt} ${attempt === 1 ? 'attempt' : 'attempts'}); last error: ${describe(error)}`,
        );
      }
      const delay = Math.min(backoff(attempt), remaining);
      options.logger.warn(
        {
          server: redact(options.url),
          attempt,
          retryInSeconds: round(delay / 1000),
          waitedSeconds: round((Date.now() - started) / 1000),
          limitSeconds: options.waitSeconds,
          reason: describe(error),
        },
        'PostgreSQL is not reachable yet; retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && (UNREACHABLE.has(code) || NOT_READY.test(code))) return true;
  // pg reports a server that hangs up during the handshake, and its own connect timeout, without a code.
  return error instanceof Error && /^Connection terminated/.test(error.message);
}

/** 250 ms doubling up to 8 s, with ±20% jitter so API processes waiting together do not retry in step. */
function backoff(attempt: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return error instanceof Error ? error.message || String((error as { code?: unknown }).code) : String(error);
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
