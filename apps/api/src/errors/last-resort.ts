import type { Logger } from 'pino';

/** More uncaught errors than this within the window: something keeps failing; a fresh process is better. */
const BURST_LIMIT = 10;
const BURST_WINDOW_MS = 60_000;

export interface LastResortOptions {
  readonly logger: Logger;
  /** True once the API serves requests. */
  readonly serving: () => boolean;
  /** Closes the API and its database cleanly, then exits with code 1. */
  readonly shutDown: (reason: string) => void;
}

type Origin = 'uncaughtException' | 'unhandledRejection';

/**
 * The process-level last resort for an error no code of ours caught: a throw from a timer or an
 * event callback, an 'error' event nobody listens to, a promise nobody awaits. Node's default is to
 * print it and exit, which ends every request in flight and, in embedded mode, the database with it.
 *
 * Once serving, we log it and keep serving: the API keeps no state of its own (it is in PostgreSQL,
 * where an interrupted request's transaction rolls back), so one failed callback spoils at most its
 * own request. We exit cleanly (close, then code 1, for a supervisor to restart us) where the
 * process's state may be corrupt: an error while starting (the app may be half-built), or more than
 * BURST_LIMIT within a minute (something is wedged, such as leaked connections, and keeps failing).
 */
export function installLastResort(options: LastResortOptions): void {
  const recent: number[] = [];
  const handle = (origin: Origin, error: unknown): void => {
    const now = Date.now();
    recent.push(now);
    while (recent[0]! <= now - BURST_WINDOW_MS) recent.shift();
    const record = { origin, error: describeSafely(error) };
    if (!options.serving()) {
      options.logger.fatal(record, 'uncaught error while starting; shutting down');
      options.shutDown(origin);
    } else if (recent.length > BURST_LIMIT) {
      options.logger.fatal({ ...record, lastMinute: recent.length }, 'too many uncaught errors; shutting down for a clean restart');
      options.shutDown(origin);
    } else {
      options.logger.error(record, 'uncaught error outside any request; the API keeps serving');
    }
  };
  process.on('uncaughtException', (error) => handle('uncaughtException', error));
  process.on('unhandledRejection', (reason) => handle('unhandledRejection', reason));
}

/**
 * Name, code, message and stack only: an error's other properties can carry a request's headers or
 * a client's configuration, and the text itself is scrubbed of bearer tokens and URL passwords.
 */
export function describeSafely(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: scrub(error.message),
    stack: scrub(error.stack ?? ''),
  };
}

function scrub(text: string): string {
  return text
    .replace(/\b(bearer\s+)[\w\-.~+/]+=*/gi, '$1[redacted]')
    .replace(/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[redacted token]')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1***@');
}
