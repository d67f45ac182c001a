import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphql } from './api.js';
import { saveScreenshot } from './screenshot.js';

interface View {
  metric: string;
  segment: string;
  geography: string;
  source: { id: string };
}

/** A market-share view with a second source for the same metric, segment and geography: compare mode. */
async function compareQuery(page: Page): Promise<string> {
  const { marketShareViews } = await graphql<{ marketShareViews: View[] }>(page.request, '{ marketShareViews { metric segment geography source { id } } }');
  const key = (view: View) => `${view.metric}|${view.segment}|${view.geography}`;
  const first = marketShareViews.find((view) => marketShareViews.some((other) => other !== view && key(other) === key(view)));
  if (!first) throw new Error('No two sources measure the same metric, segment and geography: compare mode cannot be shown.');
  const second = marketShareViews.find((other) => other !== first && key(other) === key(first))!;
  return `/?metric=${first.metric}&segment=${first.segment}&geo=${first.geography}&source=${first.source.id}&compare=${second.source.id}`;
}

const VIEWS: ReadonlyArray<{ name: string; path: (page: Page) => Promise<string>; ready: string }> = [
  { name: 'explorer', path: async () => '/', ready: 'svg.share-chart' },
  { name: 'explorer-compare', path: compareQuery, ready: '.share-panel:nth-child(2) svg.share-chart' },
  { name: 'overview', path: async () => '/overview', ready: 'svg.fan-chart' },
  { name: 'effects', path: async () => '/effects', ready: 'h2' },
  { name: 'forecasts', path: async () => '/forecasts', ready: 'svg.fan-chart' },
  { name: 'network', path: async () => '/network', ready: 'svg.network-chart' },
  { name: 'datasets', path: async () => '/datasets', ready: 'h2' },
  { name: 'login', path: async () => '/login', ready: 'h2' },
];

const WIDTHS = [390, 1440] as const;

/** Waits until every query of the page has answered: no "Loading…" left, fonts ready. */
async function settle(page: Page, ready: string): Promise<void> {
  // A view's first forecast is computed (then cached): on a busy machine that takes a while.
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(/^Loading .*…$/)).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
}

/** Everything wider than the page, or a chart wider than the card it sits in, named for the failure message. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > window.innerWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} px in ${window.innerWidth} px`);
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('.chart-card svg'))) {
      const card = svg.closest('.chart-card')!;
      const chart = svg.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      if (chart.width > box.width + 0.5 || chart.right > box.right + 0.5) problems.push(`${svg.getAttribute('class')} is ${Math.round(chart.width)} px wide in a ${Math.round(box.width)} px card`);
    }
    return problems;
  });
}

for (const width of WIDTHS) {
  test.describe(`every view at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 600 ? 844 : 900 } });

    for (const view of VIEWS) {
      test(`${view.name}: fits the width, passes axe, screenshot`, async ({ page }) => {
        await page.goto(await view.path(page));
        await settle(page, view.ready);
        await saveScreenshot(page, test.info(), `${view.name}-${width}`);
        expect(await overflows(page)).toEqual([]);
        const results = await new AxeBuilder({ page }).analyze();
        const grave = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(grave.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    }
  });
}

test('choosing “Compare with” lays the two sources side by side at 1440 px and one above the other at 390 px, each chart inside its card', async ({ page }) => {
  const query = new URL(await compareQuery(page), 'http://x');
  const second = query.searchParams.get('compare')!;
  query.searchParams.delete('compare');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${query.search}`);
    await settle(page, 'svg.share-chart');
    await page.getByLabel('Compare with').selectOption(second);
    await settle(page, '.share-panel:nth-child(2) svg.share-chart');
    const [first, other] = await page.locator('.share-panel').evaluateAll((panels) => panels.map((panel) => panel.getBoundingClientRect().toJSON() as DOMRect));
    if (width === 1440) expect(other!.left).toBeGreaterThan(first!.right - 1);
    else expect(other!.top).toBeGreaterThan(first!.bottom - 1);
    // The first chart was drawn at the full width before the second source came: it is redrawn to its column.
    await expect.poll(() => overflows(page)).toEqual([]);
    const widths = await page.locator('svg.share-chart').evaluateAll((charts) => charts.map((chart) => Number(chart.getAttribute('width'))));
    const columns = await page.locator('.share-panel .chart-card').evaluateAll((cards) => cards.map((card) => card.clientWidth));
    widths.forEach((drawn, index) => expect(drawn).toBeLessThanOrEqual(columns[index * 2]!));
  }
});
