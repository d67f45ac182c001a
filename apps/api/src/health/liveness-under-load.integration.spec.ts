import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { HEALTH_BOUND_MS, healthWhile, percentile } from '../testing/health-probe.js';
import { seedSharePanel } from '../testing/synthetic-observations.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const PANEL = 'Unverified (public diffusion-model research code)';

/**
 * The heaviest queries the limits allow. For CPU: three uncached forecasts (backtests of every
 * candidate and a bootstrap each), a Bass fit and the scorecard, at a cost near MAX_QUERY_COST (a
 * fourth forecast is refused). For the response: market shares just under RESPONSE_MAX_BYTES.
 */
const HEAVIEST = `query($a: ForecastInput!, $b: ForecastInput!, $c: ForecastInput!, $bass: BassScenarioInput!) {
  a: forecast(input: $a) { ...Fitted }
  b: forecast(input: $b) { ...Fitted }
  c: forecast(input: $c) { ...Fitted }
  bass: bassScenario(input: $bass) { fitted { m p q } points { period baseline } }
  predictionScorecard { hits misses predictions { id hit } }
}
fragment Fitted on Forecast {
  model chosenBy warnings parameters { name estimate } history { period value }
  points { period value lower80 upper80 lower95 upper95 } backtest { model mase eligible }
}`;

const SHARES = `query($sourceId: ID!) {
  marketShare(metric: unique_users, segment: all, geography: "US", sourceId: $sourceId) {
    unit products { id name vendor { name } }
    periods { label start granularity total hhi cr1 cr3 missingProductIds entries { value share originalValue originalUnit note product { id name } } }
  }
}`;

describe('/health while the heaviest allowed query runs', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let dryers: string;
  let panel: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApiProcess({ databaseUrl: database.url, env: { LOAD_DATASETS: 'true' } });
    dryers = String((await database.pool.query<{ id: number }>("SELECT id FROM products WHERE name = 'clothes dryers (US)'")).rows[0]!.id);
    panel = await seedSharePanel(database.pool, 500, 14);
  });

  /** Sends `query` while asking /health; reports and checks its latencies. */
  async function whileHealthy(label: string, query: string, variables: Record<string, unknown>) {
    const request = fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then(
      (response) => response.json() as Promise<{ data?: Record<string, { points?: unknown[]; periods?: unknown[] }>; errors?: unknown[] }>,
    );
    const started = performance.now();
    const { result, latencies } = await healthWhile(api, request);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`/health during ${label} (${seconds} s): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} requests`);
    expect(result.errors).toBeUndefined();
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
    expect(api.isAlive()).toBe(true);
    return result.data!;
  }

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it(`answers within ${HEALTH_BOUND_MS} ms throughout three uncached forecasts, a Bass fit and the scorecard`, async () => {
    const series = { productId: dryers, metric: 'adopters', segment: 'all', geography: 'US', panel: PANEL };
    const variables = { a: { series, horizon: 18 }, b: { series, horizon: 19 }, c: { series, horizon: 20 }, bass: { series, horizon: 10 } };
    const data = await whileHealthy('three uncached forecasts, a Bass fit and the scorecard', HEAVIEST, variables);
    expect(data['a']!.points).toHaveLength(18);
  });

  it(`answers within ${HEALTH_BOUND_MS} ms while 7,000 market-share entries are built`, async () => {
    // One ordinary view first, as any running API has served: the measure is of serving, not of start-up.
    await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SHARES.replace('sourceId: $sourceId', 'sourceId: $sourceId, to: "1900-01-01"'), variables: { sourceId: panel } }) });
    const data = await whileHealthy('market shares of 500 products over 14 months', SHARES, { sourceId: panel });
    expect(data['marketShare']!.periods).toHaveLength(14);
  });
});
