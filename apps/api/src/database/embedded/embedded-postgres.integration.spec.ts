import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess, type ApiProcessOptions } from '../../testing/api-process.js';
import { eventually } from '../../testing/eventually.js';
import { privateCheckout } from '../../testing/private-checkout.js';

/** Processes whose command line names `text`: a postmaster names its data directory (its backends do not). */
function processesNaming(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(text)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number.parseInt((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]!, 10);
}

function logRecords(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Each test starts API processes one after another: slow on a busy machine. */
const SLOW = 180_000;

describe('the embedded PostgreSQL and the lifetime of its API', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  // One cluster for the tests below (initialising one is the slow part); each leaves it stopped.
  let directory: string;
  let dataDir: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'marketlens-embedded-'));
    dataDir = join(directory, 'data');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));
  const startApi = async (options: Partial<ApiProcessOptions> = {}): Promise<ApiProcess> => {
    const api = await startApiProcess({ ...options, env: { EMBEDDED_POSTGRES_DIR: directory, ...options.env } });
    cleanups.push(() => api.stop());
    return api;
  };

  it('stops the postmaster of an API killed with SIGKILL, and the next start works', async () => {
    const first = await startApi();
    const orphan = await postmasterPid(dataDir);

    first.child.kill('SIGKILL');
    await first.exited;
    await eventually(`the killed API's postmaster (${orphan}) to stop`, () => !alive(orphan), { timeoutMs: 20_000 });

    const second = await startApi();
    expect(await second.healthLatency()).toBeLessThan(500);
    expect(processesNaming(dataDir)).toEqual([await postmasterPid(dataDir)]);
    await second.stop();
    expect(processesNaming(dataDir)).toEqual([]);
  }, SLOW);

  it('recovers at the next start a postmaster left running when its watchdog was killed too', async () => {
    const first = await startApi();
    const orphan = await postmasterPid(dataDir);
    // Everything but the postmaster: the API and any process guarding it.
    for (const pid of processesNaming(String(orphan))) process.kill(pid, 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphan)).toBe(true);

    const second = await startApi();
    expect(second.output()).toContain('stopping an orphaned embedded PostgreSQL left by a killed process');
    expect(alive(orphan)).toBe(false);
    expect(processesNaming(dataDir)).toEqual([await postmasterPid(dataDir)]);
  }, SLOW);

  // After the tests above: an ephemeral API removes the cluster they share.
  it('refuses a second API on the same data directory, and an ephemeral one leaves nothing behind', async () => {
    const first = await startApi({ env: { EMBEDDED_POSTGRES_EPHEMERAL: 'true' } });
    const second = await startApi({ waitUntilHealthy: false });
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toContain('is in use by a running Marketlens API');
    expect(await first.healthLatency()).toBeLessThan(500);

    await first.stop();
    expect(existsSync(directory)).toBe(false);
  }, SLOW);

  it('starts from a checkout in a folder other users cannot enter (root: a clone in /root), keeping its data across restarts', async () => {
    const copy = await privateCheckout();
    cleanups.push(() => copy.remove());
    const start = (env: Record<string, string>): Promise<ApiProcess> =>
      startApiProcess({ main: copy.main, cwd: copy.checkout, env }).then((api) => (cleanups.push(() => api.stop()), api));

    const first = await start({});
    await first.stop();
    const second = await start({ EMBEDDED_POSTGRES_EPHEMERAL: 'true' });
    expect(await second.healthLatency()).toBeLessThan(500);
    const [firstLog, secondLog] = [logRecords(first.output()), logRecords(second.output())];
    const initialised = (log: typeof firstLog): boolean => log.some((record) => record['msg'] === 'initialising the embedded PostgreSQL cluster');
    expect(initialised(firstLog)).toBe(true);
    expect(initialised(secondLog)).toBe(false);

    if (userInfo().uid === 0) {
      // PostgreSQL runs as the `postgres` OS user, which cannot reach the checkout: the log says where the data went.
      const moved = (log: typeof firstLog): string | undefined => log.find((record) => typeof record['reachableDirectory'] === 'string')?.['reachableDirectory'] as string | undefined;
      const data = moved(firstLog);
      expect(data).toMatch(/^\/var\/lib\/marketlens\//);
      expect(moved(secondLog)).toBe(data);
      cleanups.push(() => rm(data!, { recursive: true, force: true }));
      await second.stop();
      expect(existsSync(data!)).toBe(false);
    }
  }, SLOW);
});
