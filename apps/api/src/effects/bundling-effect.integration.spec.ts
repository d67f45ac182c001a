import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSeeder } from '../datasets/dataset-seeder.js';
import { ingestFolder } from '../testing/ingest-folder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { pino } from 'pino';

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));
const EFFECT_SERIES = fileURLToPath(new URL('../testing/fixtures/effect-series', import.meta.url));

const EFFECT = `query($input: BundlingEffectInput!) {
  bundlingEffect(input: $input) {
    ok warnings method
    event { title date }
    levelChange { estimate lower upper } slopeChange { estimate lower upper } effect { estimate lower upper } cumulativeEffect { estimate lower upper }
    points { period actual counterfactual lower upper afterEvent }
    weights { name weight } pValue
  }
}`;

interface Effect {
  ok: boolean;
  warnings: string[];
  levelChange: { estimate: number; lower: number; upper: number } | null;
  slopeChange: { estimate: number; lower: number; upper: number } | null;
  effect: { estimate: number; lower: number; upper: number } | null;
  cumulativeEffect: { estimate: number; lower: number; upper: number } | null;
  points: Array<{ period: string; actual: number; counterfactual: number | null; lower: number | null; upper: number | null; afterEvent: boolean }>;
}

describe('bundling effects of the Windows XP launch', () => {
  let database: TestDatabase;
  let api: TestApp;
  let xpLaunch: string;
  const products: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await api.app.get(DatasetSeeder).seed(DATASETS, pino({ level: 'silent' }));
    await ingestFolder(api.app, EFFECT_SERIES);
    const events = await database.pool.query<{ id: number }>("SELECT id FROM events WHERE kind = 'bundling' AND occurred_on = '2001-10-25'");
    xpLaunch = String(events.rows[0]!.id);
    for (const row of (await database.pool.query<{ id: number; name: string }>('SELECT id, name FROM products')).rows) products[row.name] = String(row.id);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const key = (product: string, panel = 'Effect test panel') => ({ productId: products[product], metric: 'unique_users', segment: 'home', geography: 'US', panel });

  it('estimates level and slope change with intervals, and the counterfactual with its band after the event', async () => {
    const { data, errors } = await api.graphql<{ bundlingEffect: Effect }>(EFFECT, { input: { method: 'INTERRUPTED_TIME_SERIES', eventId: xpLaunch, series: key('Effect Test Client') } });
    expect(errors).toBeUndefined();
    const effect = data!.bundlingEffect;
    expect(effect.ok).toBe(true);
    // The fixture jumps by 5 million at 2001-10 and its slope rises by 0.2 million a month (2.4 a year).
    expect(effect.levelChange!.estimate / 1e6).toBeCloseTo(5, 0);
    expect(effect.levelChange!.lower).toBeLessThan(effect.levelChange!.estimate);
    expect(effect.levelChange!.upper).toBeGreaterThan(effect.levelChange!.estimate);
    expect(effect.slopeChange!.estimate / 1e6).toBeCloseTo(2.4, 0);
    const after = effect.points.filter((point) => point.afterEvent);
    expect(after[0]!.period).toBe('2001-10');
    expect(after.every((point) => point.counterfactual !== null && point.lower! < point.counterfactual! && point.counterfactual! < point.upper!)).toBe(true);
    expect(effect.points.filter((point) => !point.afterEvent).every((point) => point.counterfactual === null)).toBe(true);
    expect(effect.cumulativeEffect!.estimate).toBeCloseTo(after.reduce((sum, point) => sum + point.actual - point.counterfactual!, 0), -3);
  });

  it('runs difference-in-differences against a control product', async () => {
    const { data } = await api.graphql<{ bundlingEffect: Effect }>(EFFECT, {
      input: { method: 'DIFFERENCE_IN_DIFFERENCES', eventId: xpLaunch, series: key('Effect Test Client'), control: key('Effect Test Control') },
    });
    expect(data!.bundlingEffect.ok).toBe(true);
    expect(data!.bundlingEffect.effect!.estimate).toBeGreaterThan(0);
  });

  it('warns plainly, rather than estimating, when the seeded data is too thin', async () => {
    const { data } = await api.graphql<{ bundlingEffect: Effect }>(EFFECT, {
      input: { method: 'INTERRUPTED_TIME_SERIES', eventId: xpLaunch, series: { ...key('MSN Messenger', 'Jupiter Media Metrix'), segment: 'home' } },
    });
    expect(data!.bundlingEffect.ok).toBe(false);
    expect(data!.bundlingEffect.warnings[0]).toMatch(/Too little data for interrupted time series: it needs at least 3 periods before the event/);
    expect(data!.bundlingEffect.levelChange).toBeNull();
    expect(data!.bundlingEffect.points.length).toBeGreaterThan(0);
  });

  it('estimates the launch’s effect on curated data: Microsoft’s own MSN Messenger user counts, three before and three after', async () => {
    const series = { productId: products['MSN Messenger'], metric: 'active_users', segment: 'all', geography: 'WW', panel: 'Microsoft' };
    const { data, errors } = await api.graphql<{ bundlingEffect: Effect }>(EFFECT, { input: { method: 'INTERRUPTED_TIME_SERIES', eventId: xpLaunch, series } });
    expect(errors).toBeUndefined();
    const effect = data!.bundlingEffect;
    expect(effect.ok).toBe(true);
    expect(effect.points.filter((point) => !point.afterEvent).map((point) => point.period)).toEqual(['1999', '1999-09-14', '1999-11-17']);
    expect(effect.points.filter((point) => point.afterEvent).map((point) => [point.period, point.actual])).toEqual([
      ['2002-09-04', 75e6],
      ['2004', 130e6],
      ['2006-Q1', 205e6],
    ]);
    expect(effect.levelChange!.lower).toBeLessThan(effect.levelChange!.estimate);
    expect(effect.levelChange!.upper).toBeGreaterThan(effect.levelChange!.estimate);
  });

  it('asks for what a method needs', async () => {
    const { errors } = await api.graphql(EFFECT, { input: { method: 'SYNTHETIC_CONTROL', eventId: xpLaunch, series: key('Effect Test Client'), donors: [key('Effect Test Control')] } });
    expect(errors![0]).toMatchObject({ message: 'Synthetic control needs at least two donor series.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
