import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { HEALTH_BOUND_MS, healthWhile } from '../testing/health-probe.js';
import { seedSharePanel } from '../testing/synthetic-observations.js';
import { createTestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const PRODUCTS = 500;
const MONTHS = 1_000;

// What the dashboard's market-share view asks for.
const SHARES = `query($sourceId: ID!, $from: String, $to: String) {
  marketShare(metric: unique_users, segment: all, geography: "US", sourceId: $sourceId, from: $from, to: $to) {
    unit products { id name vendor { name } }
    periods { label start granularity total hhi cr1 cr3 missingProductIds entries { value share originalValue originalUnit note product { id name } } }
  }
}`;

interface Answer {
  data?: { marketShare: { periods: unknown[] } } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The most memory the process has held (VmHWM), in MB. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

describe(`marketShare of one panel with ${(PRODUCTS * MONTHS).toLocaleString('en-US')} rows`, () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let sourceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    sourceId = await seedSharePanel(database.pool, PRODUCTS, MONTHS);
    api = await startApiProcess({ databaseUrl: database.url });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const shares = async (variables: Record<string, unknown>): Promise<{ answer: Answer; bytes: number }> => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SHARES, variables: { sourceId, ...variables } }) });
    const text = await response.text();
    return { answer: JSON.parse(text) as Answer, bytes: Buffer.byteLength(text) };
  };

  it('is refused before it is built (54 MiB per response before), and the process stays small and alive', async () => {
    const before = await peakRssMb(api.child.pid!);
    const { result, latencies } = await healthWhile(api, shares({}));
    expect(result.answer.data).toBeNull();
    expect(result.answer.errors).toHaveLength(1);
    expect(result.answer.errors![0]).toMatchObject({
      message: expect.stringMatching(/^This response would be larger than the 2\.0 MB allowed \(RESPONSE_MAX_BYTES\): marketShare's more than [\d,]+ rows alone needs about 2\.0 MB\. Ask for a shorter span \(from, to\) or one granularity\.$/),
      extensions: { code: 'RESPONSE_TOO_LARGE' },
    });
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
    expect(api.isAlive()).toBe(true);
    // Rows past the limit never leave PostgreSQL; before, one response took the process past 1 GB.
    expect((await peakRssMb(api.child.pid!)) - before).toBeLessThan(250);
  });

  it('answers the same panel over a year, within the limit', async () => {
    const { answer, bytes } = await shares({ from: '1950-01-01', to: '1950-12-01' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.marketShare.periods).toHaveLength(12);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('estimates the size of a response within a factor of two of what it sends', async () => {
    const variables = { from: '1950-01-01', to: '1950-06-01' };
    const { bytes } = await shares(variables);
    for (const [limit, refused] of [[Math.floor(bytes / 2), true], [bytes * 2, false]] as const) {
      const app = await createTestApp(database.url, { RESPONSE_MAX_BYTES: String(limit) });
      try {
        const answer = await app.graphql<Answer['data']>(SHARES, { sourceId, ...variables });
        expect(answer.errors?.[0]?.extensions?.code === 'RESPONSE_TOO_LARGE').toBe(refused);
      } finally {
        await app.close();
      }
    }
  });
});
