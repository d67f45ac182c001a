import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../database/embedded/free-port.js';

const API_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(API_ROOT, 'dist/main.js');

/**
 * The built API as a separate process, for tests that must see it survive (or not) what a client
 * sends: a crash in an in-process test app would take the test runner down with it.
 */
export interface ApiProcess {
  readonly url: string;
  /** The process's own temporary folder (its TMPDIR): uploads buffer files here. */
  readonly tmpDir: string;
  readonly child: ChildProcess;
  /** Settles when the process exits, with its exit code (null when a signal ended it) and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every line the process wrote to stdout and stderr (JSON log records, mostly). */
  output(): string;
  isAlive(): boolean;
  /** Milliseconds `/health` took to answer 200; throws when it does not. */
  healthLatency(timeoutMs?: number): Promise<number>;
  /** Resolves once `/health` answers 200; throws when the process exits first or the time runs out. */
  whenHealthy(timeoutMs?: number): Promise<void>;
  /** Names of files left in the process's temporary folder. */
  leftoverTempFiles(): Promise<string[]>;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** The PostgreSQL server to use; unset, the API starts its embedded one (set EMBEDDED_POSTGRES_DIR in env). */
  readonly databaseUrl?: string;
  readonly env?: Record<string, string>;
  /** Another build's entry point (a copied checkout's apps/api/dist/main.js); default: this one. */
  readonly main?: string;
  /** Options for node itself, such as `--import` of a test-only module. */
  readonly nodeOptions?: readonly string[];
  /** The process's working directory; default: the test runner's. */
  readonly cwd?: string;
  /** Wait for `/health` before returning (default); false returns once spawned, for tests of start-up. */
  readonly waitUntilHealthy?: boolean;
  /** Reuse a temporary folder (a restarted process after a kill); the caller then removes it. */
  readonly tmpDir?: string;
}

/** Compiles the API into dist/ (fast when nothing changed); the integration run's global set-up calls it once. */
export function buildApi(): void {
  execFileSync('npx', ['tsc', '-b', 'tsconfig.json'], { cwd: API_ROOT, stdio: 'inherit' });
}

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const tmpDir = options.tmpDir ?? (await mkdtemp(join(tmpdir(), 'marketlens-api-process-')));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOAD_DATASETS: 'false',
    LOG_LEVEL: 'info',
    DASHBOARD_DIR: '/nonexistent',
    TMPDIR: tmpDir,
    ...options.env,
  };
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  else delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), options.main ?? MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const isAlive = (): boolean => child.exitCode === null && child.signalCode === null;

  const healthLatency = async (timeoutMs = 5_000): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
    return performance.now() - started;
  };

  const whenHealthy = async (timeoutMs = 60_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!isAlive()) throw new Error(`the API exited while starting:\n${output}`);
      if (await healthLatency(1_000).then(() => true, () => false)) return;
      if (Date.now() > deadline) throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  if (options.waitUntilHealthy ?? true) await whenHealthy();

  return {
    url,
    tmpDir,
    child,
    exited,
    output: () => output,
    isAlive,
    healthLatency,
    whenHealthy,
    leftoverTempFiles: () => readdir(tmpDir),
    async stop() {
      if (isAlive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      if (!options.tmpDir) await rm(tmpDir, { recursive: true, force: true });
    },
  };
}
