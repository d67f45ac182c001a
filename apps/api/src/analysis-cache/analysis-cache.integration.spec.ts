import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSeeder } from '../datasets/dataset-seeder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));
const PANEL = 'Unverified (public diffusion-model research code)';
const FORECAST = 'query($input: ForecastInput!) { forecast(input: $input) { model vintage points { period } } }';
const CAP = 3;

describe('analysis_cache stays bounded whatever clients send', () => {
  let database: TestDatabase;
  let api: TestApp;
  let other: TestApp;
  let dryers: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Two API processes' worth of apps on one database, each with the same cap.
    api = await createTestApp(database.url, { ANALYSIS_CACHE_MAX_ENTRIES: String(CAP) });
    other = await createTestApp(database.url, { ANALYSIS_CACHE_MAX_ENTRIES: String(CAP) });
    await api.app.get(DatasetSeeder).seed(DATASETS, pino({ level: 'silent' }));
    dryers = String((await database.pool.query<{ id: number }>("SELECT id FROM products WHERE name = 'clothes dryers (US)'")).rows[0]!.id);
  });

  afterAll(async () => {
    await other?.close();
    await api?.close();
    await database?.drop();
  });

  const entries = async (kind?: string) => Number((await database.pool.query('SELECT count(*) FROM analysis_cache WHERE $1::text IS NULL OR kind = $1', [kind ?? null])).rows[0].count);
  const series = () => ({ productId: dryers, metric: 'adopters', segment: 'all', geography: 'US', panel: PANEL });
  const forecast = async (app: TestApp, input: Record<string, unknown>) => {
    const { data, errors } = await app.graphql<{ forecast: { vintage: string | null; points: Array<{ period: string }> } }>(FORECAST, { input: { series: series(), model: 'NAIVE', ...input } });
    expect(errors).toBeUndefined();
    return data!.forecast;
  };

  it('keeps one scorecard entry whatever tolerances are asked for', async () => {
    for (const tolerance of [0.1, 0.10000001, 0.123456789, 0.2, 0.33333]) {
      const { errors } = await api.graphql(`{ predictionScorecard(tolerance: ${tolerance}, percentPoints: ${tolerance * 10}) { hits rule } }`);
      expect(errors).toBeUndefined();
    }
    expect(await entries()).toBe(1);
  });

  it('keeps one forecast entry for every way of writing a vintage the data cannot tell apart', async () => {
    const vintages = ['1956-06-01', '1956-07-15', '1956-12-31', '1956-12-31T23:59:59Z', '1956-10-10T12:00:00+02:00'];
    for (const asOf of vintages) {
      const result = await forecast(api, { asOf, horizon: 2 });
      // Each answer still names the vintage it was asked for.
      expect(result.vintage).toBe(asOf);
      expect(result.points.map((point) => point.period)).toEqual(['1957', '1958']);
    }
    expect(await entries('forecast')).toBe(1);
  });

  it(`keeps at most ${CAP} entries, the least recently used going first`, async () => {
    await forecast(api, { horizon: 3 });
    const newest = (await database.pool.query<{ key: string }>('SELECT key FROM analysis_cache ORDER BY created_at DESC LIMIT 1')).rows[0]!.key;
    await forecast(api, { horizon: 4 });
    await forecast(api, { horizon: 3 });
    await forecast(api, { horizon: 5 });
    await forecast(api, { horizon: 6 });
    expect(await entries()).toBe(CAP);
    // Horizon 3 was used after horizon 4: 4 went, 3 stayed.
    expect((await database.pool.query('SELECT 1 FROM analysis_cache WHERE key = $1', [newest])).rowCount).toBe(1);
  });

  it('stays within its cap while two processes add entries at once', async () => {
    await Promise.all([7, 8, 9, 10].map((horizon, index) => forecast(index % 2 === 0 ? api : other, { horizon })));
    expect(await entries()).toBeLessThanOrEqual(CAP);
  });
});
