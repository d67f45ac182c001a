import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementCounter } from '../testing/statement-counter.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { ingestFolder } from '../testing/ingest-folder.js';
import { fileURLToPath } from 'node:url';
import { MAX_QUERY_DEPTH } from './query-limits.js';

const CATALOG = fileURLToPath(new URL('../../../../datasets/catalog', import.meta.url));

describe('query cost, depth and batching', () => {
  let database: TestDatabase;
  let api: TestApp;
  const statements = new StatementCounter();

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url, {}, statements);
    await ingestFolder(api.app, CATALOG);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('resolves every vendor’s products with one batched query, however many vendors there are', async () => {
    let vendors = 0;
    const count = await statements.during(async () => {
      const { data } = await api.graphql<{ vendors: Array<{ name: string; products: Array<{ name: string }> }> }>('{ vendors { name products { name aliases } } }');
      vendors = data!.vendors.length;
      expect(data!.vendors.find((vendor) => vendor.name === 'Microsoft')!.products.map((product) => product.name)).toEqual(
        expect.arrayContaining(['MSN Messenger', 'Windows Messenger']),
      );
    });
    expect(vendors).toBeGreaterThan(20);
    expect(count).toBeLessThanOrEqual(3);
  });

  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels`, async () => {
    const deep = '{ vendors { products { vendor { products { vendor { products { vendor { products { vendor { name } } } } } } } } } }';
    const { errors } = await api.graphql(deep);
    expect(errors![0]).toMatchObject({ message: 'This query is nested 9 levels deep; at most 8 are allowed.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses a query that costs too much', async () => {
    const wide = `{ ${Array.from({ length: 25 }, (_, index) => `a${index}: seriesCatalog { product }`).join(' ')} }`;
    const { errors } = await api.graphql(wide);
    expect(errors![0]!.message).toBe('This query costs 2,525; at most 2,000 is allowed. Ask for fewer fields, fewer aliases or fewer analyses at once.');
  });
});
