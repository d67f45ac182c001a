import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSeeder } from '../datasets/dataset-seeder.js';
import { ingestFolder } from '../testing/ingest-folder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));
const EFFECT_SERIES = fileURLToPath(new URL('../testing/fixtures/effect-series', import.meta.url));
const PANEL = 'Unverified (public diffusion-model research code)';

const FORECAST = `query($input: ForecastInput!) {
  forecast(input: $input) {
    model chosenBy intervalMethod intervalNote vintage parameters { name estimate } warnings
    history { period value } actualsAfter { period value }
    points { period value lower80 upper80 lower95 upper95 }
    backtest { model eligible mase }
  }
}`;

interface Forecast {
  model: string;
  chosenBy: string;
  intervalMethod: string | null;
  intervalNote: string | null;
  vintage: string | null;
  parameters: Array<{ name: string; estimate: number }>;
  warnings: string[];
  history: Array<{ period: string; value: number }>;
  actualsAfter: Array<{ period: string; value: number }>;
  points: Array<{ period: string; value: number; lower80: number; upper80: number; lower95: number; upper95: number }>;
  backtest: Array<{ model: string; eligible: boolean; mase: number | null }>;
}

describe('forecasts, vintages, the scorecard and scenarios on the seeded data', () => {
  let database: TestDatabase;
  let api: TestApp;
  let dryers: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await api.app.get(DatasetSeeder).seed(DATASETS, pino({ level: 'silent' }));
    dryers = String((await database.pool.query<{ id: number }>("SELECT id FROM products WHERE name = 'clothes dryers (US)'")).rows[0]!.id);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const series = { productId: '', metric: 'adopters', segment: 'all', geography: 'US', panel: PANEL };
  const forecast = async (input: Record<string, unknown>) => {
    const { data, errors } = await api.graphql<{ forecast: Forecast }>(FORECAST, { input: { series: { ...series, productId: dryers }, ...input } });
    expect(errors).toBeUndefined();
    return data!.forecast;
  };

  it('chooses the model by backtest, not by fit, and gives widening intervals around each forecast', async () => {
    const result = await forecast({ horizon: 4 });
    expect(result.chosenBy).toMatch(/^backtest/);
    const eligible = result.backtest.filter((score) => score.eligible);
    expect(result.model).toBe(eligible[0]!.model);
    expect(eligible.map((score) => score.mase)).toEqual([...eligible.map((score) => score.mase)].sort((a, b) => a! - b!));
    expect(result.points.map((point) => point.period)).toEqual(['1962', '1963', '1964', '1965']);
    for (const point of result.points) expect(point.lower95 <= point.lower80 && point.lower80 <= point.upper80 && point.upper80 <= point.upper95).toBe(true);
    const widths = result.points.map((point) => point.upper95 - point.lower95);
    expect(widths[3]!).toBeGreaterThan(widths[0]!);
  });

  it('fits the model the user asks for, with its parameters', async () => {
    const result = await forecast({ model: 'BASS', horizon: 2 });
    expect(result.model).toBe('bass');
    expect(result.parameters.map((parameter) => parameter.name).sort()).toEqual(['m', 'p', 'q']);
    expect(result.chosenBy).toBe('the user');
  });

  it('as of a date, sees only what was known then and shows what happened after', async () => {
    const result = await forecast({ asOf: '1956-12-31', horizon: 3 });
    expect(result.vintage).toBe('1956-12-31');
    expect(result.history.at(-1)!.period).toBe('1956');
    expect(result.actualsAfter.map((point) => point.period)).toEqual(['1957', '1958', '1959', '1960', '1961']);
    expect(result.points.map((point) => point.period)).toEqual(['1957', '1958', '1959']);
    // eight years seen: too few residuals to bootstrap, so t intervals, and the 80% band strictly inside the 95%
    expect(result.intervalMethod).toBe('parametric-t');
    expect(result.intervalNote).toContain("Student's t");
    for (const point of result.points) expect(point.lower95 < point.lower80 && point.upper80 < point.upper95).toBe(true);
  });

  it('caches a forecast per dataset version, and recomputes when a new version lands', async () => {
    const count = async () => Number((await database.pool.query('SELECT count(*) FROM analysis_cache')).rows[0].count);
    await forecast({ horizon: 5 });
    const first = await count();
    await forecast({ horizon: 5 });
    expect(await count()).toBe(first);
    await ingestFolder(api.app, EFFECT_SERIES);
    await forecast({ horizon: 5 });
    expect(await count()).toBe(first + 1);
  });

  it('scores Gartner’s 2001 prediction (free IM in 70% of enterprises by 2003) against the 2003 actual, flagging the definitions', async () => {
    const { data } = await api.graphql<{ predictionScorecard: { hits: number; predictions: Array<{ forecaster: string; target: string; originalValue: number; hit: boolean | null; actual: { originalValue: number; source: { publisher: string } } | null; flags: string[] }> } }>(
      '{ predictionScorecard { hits predictions { forecaster target originalValue hit actual { originalValue source { publisher } } flags } } }',
    );
    const gartner = data!.predictionScorecard.predictions.find((prediction) => prediction.forecaster.startsWith('Gartner') && prediction.target === '2003')!;
    expect(gartner.originalValue).toBe(70);
    expect(gartner.actual!.originalValue).toBe(70);
    expect(gartner.hit).toBe(true);
    expect(gartner.flags).toContain('The sources note that their definitions differ.');
    const vonage = data!.predictionScorecard.predictions.find((prediction) => prediction.forecaster === 'Vonage')!;
    expect(vonage.hit).toBeNull();
    expect(vonage.flags[0]).toMatch(/Nothing in the data measures Vonage in US/);
  });

  it('forecasts a level that falls between surveys (Osterman’s enterprise penetration) without Bass, and says why', async () => {
    const allIm = String((await database.pool.query<{ id: number }>("SELECT id FROM products WHERE name = 'All IM'")).rows[0]!.id);
    const osterman = { productId: allIm, metric: 'enterprise_penetration', segment: 'enterprise', geography: 'WW', panel: 'Osterman Research' };
    const run = async (model: string) => {
      const { data, errors } = await api.graphql<{ forecast: Forecast }>(FORECAST, { input: { series: osterman, horizon: 3, model } });
      expect(errors).toBeUndefined();
      return data!.forecast;
    };
    const auto = await run('AUTO');
    expect(auto.history.map((point) => point.value).slice(0, 2)).toEqual([63, 42]);
    expect(auto.model).not.toMatch(/^bass/);
    expect(auto.points).toHaveLength(3);
    expect(auto.backtest.map((score) => score.model)).not.toContain('bass');
    expect(auto.warnings).toContain('bass is left out: it fits per-period adoptions, and the series falls from 63 to 42 at point 2.');
    const bass = await run('BASS');
    expect(bass.model).toBeNull();
    expect(bass.points).toEqual([]);
    expect(bass.warnings).toEqual(['bass is left out: it fits per-period adoptions, and the series falls from 63 to 42 at point 2.']);
  });

  it('scores TeleGeography’s December 2003 estimates of that year’s international VoIP traffic against its 2004 count', async () => {
    const { data } = await api.graphql<{ predictionScorecard: { predictions: Array<{ forecaster: string; metric: string; target: string; product: string | null; value: number; hit: boolean | null; error: number | null; actual: { value: number; period: string; source: { title: string } } | null }> } }>(
      '{ predictionScorecard { predictions { forecaster metric target product value hit error actual { value period source { title } } } } }',
    );
    const predictions = data!.predictionScorecard.predictions;
    const telegeography = predictions.filter((prediction) => prediction.forecaster === 'TeleGeography' && prediction.target === '2003');
    const minutes = telegeography.find((prediction) => prediction.metric === 'minutes')!;
    expect(minutes.product).toBe('International VoIP traffic');
    expect(minutes.value).toBe(24_519e6);
    expect(minutes.actual).toMatchObject({ value: 22e9, period: '2003' });
    expect(minutes.actual!.source.title).toMatch(/CommsUpdate, 2004-11-16/);
    expect(minutes.error).toBeCloseTo(22e9 - 24_519e6, 0);
    const growth = telegeography.find((prediction) => prediction.metric === 'growth_rate')!;
    expect(growth.actual!.value).toBe(23);
    expect(growth.hit).toBe(false);
    // Gartner's enterprise call and both TeleGeography estimates have something to be scored against.
    expect(predictions.filter((prediction) => prediction.hit !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('draws a Bass scenario from the fit, redraws it with the user’s parameters, and applies a bundling effect from its date', async () => {
    const scenario = async (input: Record<string, unknown>) =>
      (await api.graphql<{ bassScenario: { fitted: { m: number; p: number; q: number } | null; used: { m: number }; points: Array<{ period: string; baseline: number; withEffect: number | null }> } }>(
        'query($input: BassScenarioInput!) { bassScenario(input: $input) { fitted { m p q } used { m } points { period baseline withEffect } } }',
        { input: { series: { ...series, productId: dryers }, horizon: 3, ...input } },
      )).data!.bassScenario;
    const fitted = await scenario({});
    expect(fitted.fitted).not.toBeNull();
    expect(fitted.used.m).toBeCloseTo(fitted.fitted!.m, 6);
    const doubled = await scenario({ m: fitted.fitted!.m * 2, p: fitted.fitted!.p, q: fitted.fitted!.q });
    expect(doubled.points[0]!.baseline).toBeCloseTo(fitted.points[0]!.baseline * 2, 3);
    const withEffect = await scenario({ effectFrom: '1955-06-01', levelChange: 100_000 });
    const before = withEffect.points.find((point) => point.period === '1954')!;
    const after = withEffect.points.find((point) => point.period === '1956')!;
    expect(before.withEffect).toBeCloseTo(before.baseline, 6);
    expect(after.withEffect! - after.baseline).toBeCloseTo(100_000, 3);
  });
});
