import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { csvRecords } from '../pages/downloads.js';
import { MarketSharePage } from '../pages/market-share.page.js';
import { NetworkPage } from '../pages/network.page.js';
import { saveScreenshot } from './screenshot.js';

test('time axes name each period once, at the period’s own start, also zoomed to a few months', async ({ page }) => {
  const explorer = new MarketSharePage(page);
  await explorer.open();
  await explorer.filter({ metric: 'unique_users', segment: 'home', geography: 'US' });
  await explorer.chooseSource('Jupiter Media Metrix, 2001-11-14');
  for (const zoom of ['', '2001-07-20..2001-10-10']) {
    if (zoom) await page.goto(`${page.url()}&zoom=${zoom}`);
    await expect(explorer.chart).toBeVisible();
    const labels = await explorer.chart.locator('.axis-x .tick text').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
  }
  // Zoomed to July–October 2001, the September 2001 points stand on the "Sep 2001" tick.
  const tick = explorer.chart.locator('.axis-x .tick', { hasText: 'Sep 2001' });
  const tickX = await tick.evaluate((element) => element.getBoundingClientRect().x + element.getBoundingClientRect().width / 2);
  for (const dot of await explorer.chart.locator('circle.point[data-period="2001-09"]').all()) {
    const box = (await dot.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - tickX)).toBeLessThan(1.5);
  }
});

test('every chart’s numbers open as a table from the keyboard, the same rows as its CSV', async ({ page }) => {
  const explorer = new MarketSharePage(page);
  await explorer.open();
  const card = page.locator('figure.share-card').first();
  const summary = card.locator('summary', { hasText: 'Data table' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = card.getByRole('table');
  await expect(table).toBeVisible();
  const { text } = await explorer.downloadCsv(/Shares over time/);
  const rows = csvRecords(text);
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  await expect(table.locator('tbody tr').first()).toContainText(rows[0]!['product']!);
  await expect(explorer.chart).toHaveAccessibleName(/Unique users/);
  await expect(explorer.chart).toHaveAccessibleDescription(/Source: /);
});

test('the dark theme follows the system, the toggle overrides it, and axe finds nothing serious in it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const explorer = new MarketSharePage(page);
  await explorer.open();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(18, 22, 29)');
  await page.setViewportSize({ width: 1440, height: 900 });
  await saveScreenshot(page, test.info(), 'explorer-dark-1440');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).toBe('rgb(244, 246, 249)');
  await page.reload();
  await expect(explorer.chart).toBeVisible();
  expect(await background()).toBe('rgb(244, 246, 249)');
});

test('the network keeps every node where it was as the date moves on; new partners settle around them', async ({ page }) => {
  const network = new NetworkPage(page);
  await network.open();
  const positions = () =>
    network.chart.locator('.network-node').evaluateAll((nodes) => Object.fromEntries(nodes.map((node) => [node.getAttribute('data-id'), node.getAttribute('transform')])));
  await network.moveSliderTo(11);
  await expect(page).toHaveURL(/[?&]at=2000-03/);
  const before = await positions();
  await network.moveSliderTo(30);
  await expect(page).not.toHaveURL(/[?&]at=2000-03/);
  const after = await positions();
  expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
  for (const [id, transform] of Object.entries(before)) expect(after[id], id).toBe(transform);
});
