import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

describe('the API as its own process', () => {
  let database: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApiProcess({ databaseUrl: database.url });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers /health and stops cleanly on SIGTERM', async () => {
    expect(await api.healthLatency()).toBeGreaterThan(0);
    expect(api.isAlive()).toBe(true);
    const exit = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(api.isAlive()).toBe(false);
  });
});
