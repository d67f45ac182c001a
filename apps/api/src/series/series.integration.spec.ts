import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSeeder } from '../datasets/dataset-seeder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));

const SERIES = `query($key: SeriesKeyInput!) {
  series(key: $key) { points { period value source { url publisher } } }
}`;

interface Series {
  points: Array<{ period: string; value: number; source: { url: string | null; publisher: string | null } }>;
}

describe('series on the curated data join one panel’s releases', () => {
  let database: TestDatabase;
  let api: TestApp;
  const products: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await api.app.get(DatasetSeeder).seed(DATASETS, pino({ level: 'silent' }));
    for (const row of (await database.pool.query<{ id: number; name: string }>('SELECT id, name FROM products')).rows) products[row.name] = String(row.id);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const series = async (product: string, geography: string): Promise<Series['points']> => {
    const key = { productId: products[product], metric: 'unique_users', segment: 'all', geography, panel: 'comScore Media Metrix' };
    const { data, errors } = await api.graphql<{ series: Series }>(SERIES, { key });
    expect(errors).toBeUndefined();
    return data!.series.points;
  };

  it('comScore’s US AIM audience: March 2003 (CNET via a blog), July 2004 (DMNews) and July 2005, each point citing its own page', async () => {
    const points = await series('AIM', 'US');
    expect(points.map((point) => point.period)).toEqual(['2003-03', '2004-07', '2005-07']);
    expect(points.slice(0, 2).map((point) => [point.value, point.source.url])).toEqual([
      [31.9e6, 'http://jeremy.zawodny.com/blog/archives/001487.html'],
      [30.04e6, 'https://www.dmnews.com/google-debuts-google-talk-instant-messenger/'],
    ]);
  });

  it('comScore’s worldwide MSN Messenger audience: a 2006 release (published by comScore Networks) and an October 2007 report under one publisher', async () => {
    const points = await series('MSN Messenger', 'WW');
    expect(points.map((point) => [point.period, point.value])).toEqual([
      ['2006-05', 204e6],
      ['2007-10', 223e6],
    ]);
    expect(new Set(points.map((point) => point.source.publisher))).toEqual(new Set(['comScore Media Metrix']));
  });
});
