import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };
const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';
const MISSPELLED = '{ vendor { name } }';

describe('what the API tells clients about its schema', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  const app = async (env: Record<string, string>) => {
    const created = await createTestApp(database.url, env);
    apps.push(created);
    return created;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const created of apps) await created.close();
    await database?.drop();
  });

  it('in production: no introspection, no "Did you mean" suggestions', async () => {
    const production = await app(PRODUCTION);
    const introspection = await production.graphql(INTROSPECTION);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0]).toMatchObject({ message: expect.stringMatching(/introspection is not allowed/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const misspelled = await production.graphql(MISSPELLED);
    expect(misspelled.errors![0]!.message).toBe('Cannot query field "vendor" on type "Query".');
  });

  it('in production with GRAPHQL_INTROSPECTION=true, both, for an operator who wants them', async () => {
    const open = await app({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' });
    expect((await open.graphql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION)).data!.__schema.queryType.name).toBe('Query');
    expect((await open.graphql(MISSPELLED)).errors![0]!.message).toMatch(/Did you mean "vendors"\?/);
  });

  it('in development and tests, both (codegen and the GraphQL tools need them)', async () => {
    const test = await app({});
    expect((await test.graphql<{ __schema: { types: unknown[] } }>(INTROSPECTION)).data!.__schema.types.length).toBeGreaterThan(10);
    expect((await test.graphql(MISSPELLED)).errors![0]!.message).toMatch(/Did you mean "vendors"\?/);
  });
});
