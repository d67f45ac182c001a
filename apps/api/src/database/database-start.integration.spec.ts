import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './embedded/free-port.js';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { eventually } from '../testing/eventually.js';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.js';
import { missingTestDatabase } from '../testing/test-database.js';

const WAITING = /"msg":"PostgreSQL is not reachable yet; retrying"/g;

describe('the API starting while its PostgreSQL is down or busy', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const started = async (...options: Parameters<typeof startApiProcess>): Promise<ApiProcess> => {
    const api = await startApiProcess(...options);
    cleanups.push(() => api.stop());
    return api;
  };
  const exitedEarly = (api: ApiProcess) => (): string | undefined => (api.isAlive() ? undefined : `the API exited:\n${api.output()}`);

  it('waits with backoff for a server that is down, says so, and serves once it is up', async () => {
    const database = missingTestDatabase();
    cleanups.push(() => database.drop());
    const server = { host: database.url.hostname, port: Number(database.url.port || 5432) };
    const downUrl = new URL(database.url);
    downUrl.port = String(await freePort());

    const api = await started({ databaseUrl: downUrl.toString(), waitUntilHealthy: false, env: { DATABASE_WAIT_SECONDS: '120' } });
    await eventually('two logged retries', () => (api.output().match(WAITING)?.length ?? 0) >= 2, { abort: exitedEarly(api) });

    const proxy: TcpProxy = await startTcpProxy(Number(downUrl.port), server);
    cleanups.push(() => proxy.close());
    await api.whenHealthy();
    expect(await api.healthLatency()).toBeLessThan(500);
    if (database.url.password) expect(api.output()).not.toContain(database.url.password);
  });

  it('gives up after DATABASE_WAIT_SECONDS with a fatal message naming the server', async () => {
    const database = missingTestDatabase();
    const downUrl = new URL(database.url);
    downUrl.port = String(await freePort());

    const api = await started({ databaseUrl: downUrl.toString(), waitUntilHealthy: false, env: { DATABASE_WAIT_SECONDS: '3' } });
    expect((await api.exited).code).toBe(1);
    const output = api.output();
    expect(output.match(WAITING)?.length).toBeGreaterThanOrEqual(2);
    expect(output).toMatch(new RegExp(`"level":60.*PostgreSQL at postgres://[^"]*127\\.0\\.0\\.1:${downUrl.port}/${database.name} was not reachable within 3 s`));
    if (database.url.password) expect(output).not.toContain(database.url.password);
  });

  it('two processes creating the same missing database both start', async () => {
    const database = missingTestDatabase();
    cleanups.push(() => database.drop());
    // Line the race up: hold each process's CREATE DATABASE (sent after it saw the database missing)
    // until both have sent theirs. Left alone, one process usually finishes before the other looks.
    let creates = 0;
    let bothSent!: () => void;
    const together = new Promise<void>((resolve) => (bothSent = resolve));
    const hold = (chunk: Buffer): Promise<void> | undefined => {
      if (!chunk.includes('CREATE DATABASE')) return undefined;
      if (++creates === 2) bothSent();
      return Promise.race([together, new Promise<void>((resolve) => setTimeout(resolve, 20_000))]);
    };
    const proxyUrl = new URL(database.url);
    proxyUrl.port = String(await freePort());
    const proxy = await startTcpProxy(Number(proxyUrl.port), { host: database.url.hostname, port: Number(database.url.port || 5432) }, { hold });
    cleanups.push(() => proxy.close());

    const apis = [
      await started({ databaseUrl: proxyUrl.toString(), waitUntilHealthy: false }),
      await started({ databaseUrl: proxyUrl.toString(), waitUntilHealthy: false }),
    ];
    await Promise.all(apis.map((api) => api.whenHealthy()));
    expect(creates).toBe(2);
    for (const api of apis) expect(api.isAlive()).toBe(true);
  });
});
