import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { eventually } from '../testing/eventually.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const FAULTS = fileURLToPath(new URL('../testing/fixtures/fault-on-signal.mjs', import.meta.url));
const KEPT_SERVING = 'uncaught error outside any request; the API keeps serving';
const GIVING_UP = 'too many uncaught errors; shutting down for a clean restart';
/** What one SIGUSR2 makes the fixture throw. */
const FAULTS_PER_SIGNAL = 3;
/** Put in every fault's message by the fixture: none of it may reach the log. */
const SECRETS = ['s3cret-db-password', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl'];
const FAULT_LEAK = `postgres://app:${SECRETS[0]}@db.internal/marketlens, Authorization: Bearer ${SECRETS[1]}`;

describe('an error thrown outside any request (the process-level last resort)', () => {
  let database: TestDatabase;
  let api: ApiProcess;

  beforeEach(async () => {
    database = await createTestDatabase();
    api = await startApiProcess({ databaseUrl: database.url, nodeOptions: ['--import', FAULTS], env: { FAULT_LEAK } });
  });

  afterEach(async () => {
    await api?.stop();
    await database?.drop();
  });

  const count = (message: string): number => api.output().split('\n').filter((line) => line.includes(`"msg":"${message}"`)).length;
  const exitedEarly = (): string | undefined => (api.isAlive() ? undefined : `the API exited:\n${api.output()}`);

  it('is logged without secrets, and the API keeps serving', async () => {
    api.child.kill('SIGUSR2');
    await eventually('the three faults to be logged', () => count(KEPT_SERVING) === FAULTS_PER_SIGNAL, { abort: exitedEarly });

    expect(api.isAlive()).toBe(true);
    expect(await api.healthLatency()).toBeLessThan(500);
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    for (const origin of ['uncaughtException', 'unhandledRejection']) expect(api.output()).toContain(`"origin":"${origin}"`);
    expect(api.output()).toContain('test fault: thrown from a timer');
    for (const secret of SECRETS) expect(api.output()).not.toContain(secret);
  });

  it('shuts down cleanly when uncaught errors keep coming (more than 10 in a minute)', async () => {
    for (let signal = 1; signal <= 4; signal++) {
      api.child.kill('SIGUSR2');
      const handled = (): boolean => count(KEPT_SERVING) + count(GIVING_UP) >= signal * FAULTS_PER_SIGNAL;
      await eventually(`the faults of signal ${signal} to be handled`, () => handled() || !api.isAlive());
    }
    const { code } = await api.exited;
    expect(code).toBe(1);
    expect(count(KEPT_SERVING)).toBe(10);
    expect(count(GIVING_UP)).toBeGreaterThanOrEqual(1);
    expect(api.output()).toContain('"msg":"shutting down"');
  });
});
