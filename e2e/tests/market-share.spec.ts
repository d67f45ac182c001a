import { expect, test } from '@playwright/test';
import { MarketSharePage } from '../pages/market-share.page.js';
import { graphql } from './api.js';
import { saveScreenshot } from './screenshot.js';

interface View {
  metric: string;
  segment: string;
  geography: string;
  source: { id: string; title: string };
}

interface Share {
  products: Array<{ id: string; name: string }>;
  periods: Array<{ label: string; entries: Array<{ product: { id: string }; share: number; originalValue: number; originalUnit: string }> }>;
}

test('the dashboard draws the IM market shares the API computes, with value, share and source on hover', async ({ page, request }) => {
  const { marketShareViews } = await graphql<{ marketShareViews: View[] }>(
    request,
    '{ marketShareViews { metric segment geography source { id title } } }',
  );
  const view = marketShareViews[0]!;
  const { marketShare } = await graphql<{ marketShare: Share }>(
    request,
    `query($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {
       marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {
         products { id name }
         periods { label entries { product { id } share originalValue originalUnit } }
       }
     }`,
    { metric: view.metric, segment: view.segment, geography: view.geography, sourceId: view.source.id },
  );
  expect(marketShare.products.map((product) => product.name)).toEqual(expect.arrayContaining(['AIM', 'ICQ', 'MSN Messenger', 'Yahoo! Messenger']));

  const dashboard = new MarketSharePage(page);
  await dashboard.open();
  expect(await dashboard.legend()).toEqual(marketShare.products.map((product) => product.name));

  const entries = marketShare.periods.flatMap((period) => period.entries.map((entry) => ({ period: period.label, ...entry })));
  await expect(dashboard.chart.locator('circle.point')).toHaveCount(entries.length);
  for (const entry of entries) {
    const drawn = Number(await dashboard.point(entry.product.id, entry.period).getAttribute('data-share'));
    expect(drawn).toBeCloseTo(entry.share, 6);
  }

  const aim = marketShare.products.find((product) => product.name === 'AIM')!;
  const lastPeriod = marketShare.periods.at(-1)!;
  const aimLast = lastPeriod.entries.find((entry) => entry.product.id === aim.id)!;
  await dashboard.point(aim.id, lastPeriod.label).hover();
  await expect(dashboard.tooltip).toBeVisible();
  await expect(dashboard.tooltip).toContainText(`AIM — ${lastPeriod.label}`);
  // The value as published, in its own unit (the default view's panel may count in thousands or millions).
  await expect(dashboard.tooltip).toContainText(`${aimLast.originalValue.toLocaleString('en-US')} ${aimLast.originalUnit}`);
  await expect(dashboard.tooltip).toContainText(`${(aimLast.share * 100).toFixed(1)}%`);
  await expect(dashboard.tooltip).toContainText('Source:');
  await expect(dashboard.tooltip).toContainText(view.source.title.slice(0, 40));

  await saveScreenshot(page, test.info(), 'market-share');
});
