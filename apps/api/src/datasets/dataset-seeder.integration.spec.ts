import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '@marketlens/domain';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { DatasetSeeder } from './dataset-seeder.js';

/** Data rows of every `name` file below datasets/, counted by an independent CSV parser. */
function rowsInFiles(name: string): number {
  return readdirSync(DATASETS, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith(`/${name}`))
    .reduce((sum, path) => sum + parse(readFileSync(join(DATASETS, path)), { columns: true }).length, 0);
}

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));
const TABLES = ['vendors', 'products', 'sources', 'datasets', 'dataset_versions', 'observations', 'events', 'partnerships', 'predictions'];

async function counts(database: TestDatabase): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await database.pool.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
    result[table] = Number(rows[0]!.count);
  }
  return result;
}

describe('loading the curated datasets/ folder', () => {
  let database: TestDatabase;
  let api: TestApp;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('publishes every dataset, every row kept, each cited', async () => {
    const results = await api.app.get(DatasetSeeder).seed(DATASETS, logger);
    expect(results.map((result) => result.status)).toEqual(results.map(() => 'published'));
    const loaded = await counts(database);
    for (const table of ['observations', 'events', 'partnerships', 'predictions']) {
      expect(loaded[table], table).toBe(rowsInFiles(`${table}.csv`));
    }
    // Observations carry no foreign keys (for publishing speed): the publisher must never leave an orphan.
    const orphans = await database.pool.query(`
      SELECT count(*) FILTER (WHERE s.id IS NULL)::int AS uncited, count(*) FILTER (WHERE p.id IS NULL)::int AS productless,
             count(*) FILTER (WHERE v.id IS NULL)::int AS versionless
      FROM observations o LEFT JOIN sources s ON s.id = o.source_id LEFT JOIN products p ON p.id = o.product_id
      LEFT JOIN dataset_versions v ON v.id = o.dataset_version_id`);
    expect(orphans.rows[0]).toEqual({ uncited: 0, productless: 0, versionless: 0 });
  });

  it('keeps the catalog rows’ citations: the catalog dataset cites its sources', async () => {
    const { data } = await api.graphql<{ datasets: Array<{ slug: string; sources: Array<{ title: string }> }> }>('{ datasets { slug sources { title } } }');
    const catalog = data!.datasets.find((dataset) => dataset.slug === 'catalog')!;
    expect(catalog.sources.length).toBeGreaterThan(5);
    expect(catalog.sources.some((source) => /IM Wars Set to Re-Ignite/.test(source.title))).toBe(true);
  });

  it('duplicates nothing when it runs again (a restart)', async () => {
    const before = await counts(database);
    const results = await api.app.get(DatasetSeeder).seed(DATASETS, logger);
    expect(new Set(results.map((result) => result.status))).toEqual(new Set(['unchanged']));
    expect(await counts(database)).toEqual(before);
  });

  it('keeps renamed products as one series ("MSN Messenger Service" is "MSN Messenger")', async () => {
    const { rows } = await database.pool.query<{ name: string }>(
      `SELECT DISTINCT p.name FROM observations o JOIN products p ON p.id = o.product_id
       WHERE o.note LIKE '%MSN Messenger Service%' OR p.name ILIKE 'msn messenger%'`,
    );
    expect(rows.map((row) => row.name)).toEqual(['MSN Messenger']);
  });

  it('resolves how each panel wrote a product, and names AOL without the 2001 parent', async () => {
    const written: Record<string, string> = {
      'MSN Messenger / Windows Live Messenger': 'MSN Messenger',
      'MSN Messenger/Windows Live Messenger': 'MSN Messenger',
      'AOL Instant Messenger': 'AIM',
      'AOL/Aim': 'AIM',
      'Yahoo Messenger': 'Yahoo! Messenger',
      'Yahoo Messenger with Voice': 'Yahoo! Messenger with Voice',
      'E-buddy': 'eBuddy',
    };
    const resolve = async (view: 'product' | 'vendor', name: string) =>
      (await database.pool.query<{ name: string }>(`SELECT t.name FROM ${view}_keys k JOIN ${view}s t ON t.id = k.id WHERE k.key = $1`, [nameKey(name)])).rows.map((row) => row.name);
    for (const [raw, name] of Object.entries(written)) expect(await resolve('product', raw), raw).toEqual([name]);
    expect(await resolve('vendor', 'AOL Time Warner')).toEqual(['AOL']);
    expect(await resolve('vendor', 'America Online')).toEqual(['AOL']);
  });

  it('records the Windows XP launch with Windows Messenger bundled, with its source', async () => {
    const { data } = await api.graphql<{ events: Array<{ date: string; kind: string; products: Array<{ name: string }>; source: { title: string } }> }>(
      '{ events(from: "2001-10-25", to: "2001-10-25") { date kind products { name } source { title } } }',
    );
    const bundling = data!.events.find((event) => event.kind === 'bundling');
    expect(bundling).toBeDefined();
    expect(bundling!.date).toBe('2001-10-25');
    expect(bundling!.products.map((product) => product.name)).toEqual(expect.arrayContaining(['Windows Messenger', 'Windows XP']));
    expect(bundling!.source.title).toMatch(/IM Wars/);
  });
});
