import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { OsUser } from './os-user.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import { runCommand } from './run-command.js';

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must traverse every folder above its
 * binaries and its data. A checkout in a folder closed to other users (root's home is 0700) is out
 * of its reach: what it cannot reach lives here instead. /var/lib, not /var/tmp: only root may
 * create names in it (no one can plant a folder for us to trust), and no temp cleaner ages out the
 * files of a cluster left idle for a month.
 */
export const REACHABLE_HOME = '/var/lib/marketlens';

/** Whether `user` can traverse to (and enter or run) `path`: asked of the OS as that user, so ACLs count too. */
async function canReach(user: OsUser, path: string): Promise<boolean> {
  return runCommand('test', ['-x', path], { user }).then(
    () => true,
    () => false,
  );
}

/** REACHABLE_HOME, created when missing; refused when anyone but root could have changed it. */
async function reachableHome(): Promise<string> {
  if (await mkdir(REACHABLE_HOME, { recursive: true })) await chmod(REACHABLE_HOME, 0o755);
  const stats = await lstat(REACHABLE_HOME);
  if (!stats.isDirectory() || stats.uid !== 0 || (stats.mode & 0o022) !== 0) {
    throw new Error(`${REACHABLE_HOME} must be a folder owned by root and writable by root only; fix it or set DATABASE_URL`);
  }
  return REACHABLE_HOME;
}

/** The binaries where they are, or a copy in REACHABLE_HOME (one per package version, made once) when `user` cannot run them there. */
export async function reachableBinaries(binaries: PostgresBinaries, user: OsUser, logger: Logger): Promise<PostgresBinaries> {
  if (await canReach(user, binaries.postgres)) return binaries;
  const installed = resolve(dirname(binaries.postgres), '..');
  const { version } = JSON.parse(await readFile(join(installed, '..', 'package.json'), 'utf8')) as { version: string };
  const copy = join(await reachableHome(), `postgres-${version}`);
  if (!existsSync(copy)) {
    // Copied aside, then renamed: a copy in place is always whole, even when two APIs start together.
    const partial = `${copy}.partial-${process.pid}`;
    await cp(installed, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, copy).catch(async (error: unknown) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw error;
    });
    logger.info({ from: installed, to: copy }, 'the postgres OS user cannot reach the PostgreSQL binaries in the checkout; copied them where it can');
  }
  const moved = Object.fromEntries(Object.entries(binaries).map(([name, path]) => [name, join(copy, relative(installed, path))])) as unknown as PostgresBinaries;
  if (!(await canReach(user, moved.postgres))) throw new Error(`the postgres OS user cannot run ${moved.postgres} either`);
  return moved;
}

/**
 * `directory` (created and given to `user`) when `user` can enter it; else a folder in
 * REACHABLE_HOME named after it, so each checkout keeps its own cluster across restarts.
 */
export async function reachableDirectory(directory: string, user: OsUser, logger: Logger): Promise<string> {
  const configured = resolve(directory);
  await mkdir(configured, { recursive: true });
  await chown(configured, user.uid, user.gid);
  if (await canReach(user, configured)) return configured;
  const hash = createHash('sha256').update(configured).digest('hex').slice(0, 16);
  const standIn = join(await reachableHome(), `embedded-postgres-${hash}`);
  await mkdir(standIn, { recursive: true, mode: 0o700 });
  // For whoever looks in REACHABLE_HOME: which checkout's database this is.
  await writeFile(join(standIn, 'STANDS-IN-FOR'), `${configured}\n`);
  logger.info(
    { configuredDirectory: configured, reachableDirectory: standIn },
    'the postgres OS user cannot reach EMBEDDED_POSTGRES_DIR (a folder above it is closed to other users, as /root is); the embedded database lives in reachableDirectory instead',
  );
  return standIn;
}
