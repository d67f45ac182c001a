import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DONORS } from '../effects/dto/bundling-effect.input.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { depthMeasure, MAX_QUERY_COST, MAX_QUERY_DEPTH, operationCost } from './query-limits.js';

/** The dashboard's generated operations, each with the fragments it uses. */
const GENERATED = fileURLToPath(new URL('../../../dashboard/src/gql/graphql.ts', import.meta.url));

async function dashboardDocuments(): Promise<Array<{ name: string; text: string }>> {
  const source = await readFile(GENERATED, 'utf8');
  return [...source.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)].map(([, name, text]) => ({ name: name!, text: text! }));
}

describe("the dashboard's own operations against the query limits", () => {
  let database: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('each costs at most half the limit and nests well within the depth limit', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const documents = await dashboardDocuments();
    expect(documents.length).toBeGreaterThan(15);
    // The most expensive variables the views send: a synthetic control with every donor allowed.
    const variables = { input: { donors: Array.from({ length: MAX_DONORS }, () => ({})) } };
    const costs: Record<string, { cost: number; depth: number }> = {};
    for (const { name, text } of documents) {
      const document = parse(text);
      expect(validate(schema, document)).toEqual([]);
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
      if (!operation) continue;
      costs[name] = { cost: operationCost(schema, document, operation, variables), depth: depthMeasure(schema, document)(operation) };
    }
    console.table(costs);
    for (const { cost, depth } of Object.values(costs)) {
      expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST / 2);
      expect(depth).toBeLessThanOrEqual(MAX_QUERY_DEPTH - 3);
    }
  });
});
