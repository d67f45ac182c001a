import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../testing/ingest-folder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const FIXTURE = fileURLToPath(new URL('../testing/fixtures/share-basics', import.meta.url));

const MARKET_SHARE = /* GraphQL */ `
  query Share($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {
    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {
      unit
      source { title publisher published }
      products { name }
      periods { label granularity total missingProductIds entries { product { id name } value share originalValue originalUnit } }
    }
  }`;

interface ShareData {
  marketShare: {
    unit: string;
    source: { title: string };
    products: Array<{ name: string }>;
    periods: Array<{
      label: string;
      total: number;
      missingProductIds: string[];
      entries: Array<{ product: { id: string; name: string }; value: number; share: number; originalValue: number; originalUnit: string }>;
    }>;
  };
}

describe('marketShare on two rival panels', () => {
  let database: TestDatabase;
  let api: TestApp;
  const sourceIds: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await ingestFolder(api.app, FIXTURE);
    const { rows } = await database.pool.query<{ id: number; publisher: string }>('SELECT id, publisher FROM sources');
    for (const row of rows) sourceIds[row.publisher] = String(row.id);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const share = (segment: string, publisher: string) =>
    api.graphql<ShareData>(MARKET_SHARE, { metric: 'unique_users', segment, geography: 'US', sourceId: sourceIds[publisher] });

  it('computes each product’s share of the compared total, per period, without the market total', async () => {
    const { data, errors } = await share('home', 'Panel A');
    expect(errors).toBeUndefined();
    const [first, second] = data!.marketShare.periods;
    expect(first!.label).toBe('2000-09');
    expect(first!.total).toBe(50_000_000);
    expect(first!.entries.map((entry) => [entry.product.name, entry.share])).toEqual([
      ['AIM', 0.6],
      ['MSN Messenger', 0.2],
      ['Yahoo! Messenger', 0.2],
    ]);
    expect(second!.label).toBe('2001-09');
    expect(second!.entries.map((entry) => [entry.product.name, entry.share])).toEqual([
      ['AIM', 0.64],
      ['MSN Messenger', 0.36],
    ]);
    expect(data!.marketShare.products.map((product) => product.name)).not.toContain('All IM');
  });

  it('sums shares to 1 in every period', async () => {
    const { data } = await share('home', 'Panel A');
    for (const period of data!.marketShare.periods) {
      expect(period.entries.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 12);
    }
  });

  it('says which products a period lacks instead of hiding the gap', async () => {
    const { data } = await share('home', 'Panel A');
    const yahoo = data!.marketShare.periods[0]!.entries.find((entry) => entry.product.name === 'Yahoo! Messenger')!.product.id;
    expect(data!.marketShare.periods[1]!.missingProductIds).toEqual([yahoo]);
  });

  it('keeps the stated value and unit beside the normalized one', async () => {
    const { data } = await share('home', 'Panel A');
    const aim = data!.marketShare.periods[0]!.entries[0]!;
    expect(aim).toMatchObject({ value: 30_000_000, originalValue: 30, originalUnit: 'million' });
    expect(data!.marketShare.unit).toBe('count');
  });

  it('never mixes segments or panels', async () => {
    const work = await share('work', 'Panel A');
    expect(work.data!.marketShare.periods.map((period) => [period.label, period.entries.map((entry) => entry.share)])).toEqual([['2001-09', [0.75, 0.25]]]);
    const panelB = await share('home', 'Panel B');
    const shares = panelB.data!.marketShare.periods[0]!.entries.map((entry) => entry.share);
    expect(shares[0]).toBeCloseTo(28 / 48.4, 12);
    expect(panelB.data!.marketShare.source.title).toBe('Panel B release');
  });

  it('lists the views that have shares, richest first', async () => {
    const { data } = await api.graphql<{ marketShareViews: Array<{ segment: string; source: { publisher: string }; productCount: number; periodCount: number }> }>(
      '{ marketShareViews { segment source { publisher } productCount periodCount } }',
    );
    expect(data!.marketShareViews[0]).toEqual({ segment: 'home', source: { publisher: 'Panel A' }, productCount: 3, periodCount: 2 });
    expect(data!.marketShareViews).toHaveLength(3);
  });

  it('refuses shares of a metric whose values do not add up', async () => {
    const { errors } = await api.graphql(MARKET_SHARE.replace('$metric: Metric!', '$metric: Metric!'), {
      metric: 'enterprise_penetration',
      segment: 'all',
      geography: 'US',
      sourceId: sourceIds['Panel A'],
    });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0]?.message).toMatch(/do not add up/);
  });

  it('rejects a malformed geography with a clear message', async () => {
    const { errors } = await api.graphql(MARKET_SHARE, { metric: 'unique_users', segment: 'home', geography: 'united states', sourceId: sourceIds['Panel A'] });
    expect(errors?.[0]?.message).toMatch(/geography must be a country or region code/);
  });

  it('says when a source does not exist', async () => {
    const { errors } = await api.graphql(MARKET_SHARE, { metric: 'unique_users', segment: 'home', geography: 'US', sourceId: '999999' });
    expect(errors?.[0]).toMatchObject({ message: 'No source with id 999999.', extensions: { code: 'NOT_FOUND' } });
  });
});
