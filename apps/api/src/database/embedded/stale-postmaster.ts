import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';

const STOP_DEADLINE_MS = 20_000;

/** A postmaster serving this data directory for another live process (an API), and its port. */
export interface LivePostmaster {
  readonly pid: number;
  readonly port: number;
}

/**
 * Makes the data directory startable after a crash. A `postmaster.pid` whose process is gone is
 * removed; a postmaster left running by a killed API (orphaned: its parent is no longer the API)
 * is shut down. A postmaster whose parent is alive belongs to a running API: it is returned, for
 * the caller to attach to (the CLI) or refuse (a second API).
 */
export async function clearStalePostmaster(dataDir: string, logger: Logger): Promise<LivePostmaster | undefined> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const lines = await readLines(pidFile);
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (!isPostgres(pid)) {
    logger.warn({ pid, pidFile }, 'removing a stale postmaster.pid (its process is gone)');
    await rm(pidFile, { force: true });
    return undefined;
  }
  const parent = parentOf(pid);
  if (parent !== undefined && parent > 1 && isNode(parent)) {
    // postmaster.pid's fourth line is the port it listens on.
    return { pid, port: Number.parseInt(lines[3] ?? '', 10) };
  }
  logger.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by a killed process');
  await terminate(pid);
  await rm(pidFile, { force: true });
  return undefined;
}

async function readLines(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function isPostgres(pid: number): boolean {
  return alive(pid) && /^postgres/.test(commandOf(pid));
}

function isNode(pid: number): boolean {
  return /^(node|MainThread)/.test(commandOf(pid));
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

async function terminate(pid: number): Promise<void> {
  for (const signal of ['SIGINT', 'SIGQUIT', 'SIGKILL'] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + STOP_DEADLINE_MS / 2;
    while (Date.now() < deadline) {
      if (!alive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
