import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';

/**
 * Waits for end-of-file on its standard input, then stops the postmaster whose pid is "$1": a fast
 * shutdown, an immediate one after 10 s, SIGKILL after 5 s more. "disarm" on that input instead
 * makes it leave quietly.
 */
const SCRIPT = [
  'read -r word',
  '[ "$word" = disarm ] && exit 0',
  'kill -INT "$1" 2>/dev/null || exit 0',
  'for _ in 1 2 3 4 5 6 7 8 9 10; do sleep 1; kill -0 "$1" 2>/dev/null || exit 0; done',
  'kill -QUIT "$1" 2>/dev/null',
  'sleep 5',
  'kill -KILL "$1" 2>/dev/null',
].join('\n');

/** Names the guard in `ps` (its $0) next to the postmaster's pid. */
export const WATCHDOG_NAME = 'marketlens-postgres-watchdog';

export interface PostmasterWatchdog {
  /** The postmaster is being stopped, or has stopped, by us: the guard leaves without a signal. */
  disarm(): void;
}

/**
 * Ties the postmaster's life to ours when we die without running any code (SIGKILL, the OOM killer,
 * a native crash): a tiny shell holds the read end of a pipe whose write end only we hold. The
 * kernel closes it however we die; the shell then reads end-of-file and stops the postmaster, so
 * it outlives us by about a second instead of until the next start.
 */
export function guardPostmaster(pid: number, logger: Logger): PostmasterWatchdog {
  const guard = spawn('/bin/sh', ['-c', SCRIPT, WATCHDOG_NAME, String(pid)], {
    // Its own process group: a terminal's Ctrl-C, meant for the API, must not end the guard first.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  guard.once('error', (error) => logger.warn({ err: error }, 'could not start the watchdog of the embedded PostgreSQL'));
  // Neither the guard nor its pipe keeps our event loop alive.
  guard.unref();
  (guard.stdin as Socket | null)?.unref();
  guard.stdin?.on('error', () => undefined);
  return {
    disarm() {
      if (guard.stdin?.writable) guard.stdin.end('disarm\n');
    },
  };
}
