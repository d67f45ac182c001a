import { expect, type Locator, type Page } from '@playwright/test';

/** The market-share view as a user sees it. */
export class MarketSharePage {
  readonly chart: Locator;
  readonly tooltip: Locator;
  readonly viewPicker: Locator;
  /** The legend's product names (for retrying assertions while a chart is drawn). */
  readonly legendItems: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.locator('svg.share-chart');
    this.tooltip = page.locator('.chart-tooltip');
    this.viewPicker = page.getByLabel('View');
    this.legendItems = this.chart.locator('.legend-item text');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.chart).toBeVisible();
  }

  point(productId: string, period: string): Locator {
    return this.chart.locator(`circle.point[data-key="${productId}"][data-period="${period}"]`);
  }

  /** Picks the view whose label contains `text` (a source's title, say). */
  async chooseView(text: string): Promise<void> {
    const option = this.viewPicker.locator('option', { hasText: text });
    await expect(option).toHaveCount(1);
    await this.viewPicker.selectOption((await option.getAttribute('value'))!);
    await expect(this.page.locator('.chart-caption')).toContainText(text);
  }

  /** The chart's key for a product, read from its legend entry. */
  async productKey(name: string): Promise<string> {
    const item = this.chart.locator('.legend-item').filter({ has: this.page.locator('text', { hasText: name }) });
    return (await item.getAttribute('data-key'))!;
  }

  async legend(): Promise<string[]> {
    return this.chart.locator('.legend-item text').allTextContents();
  }
}
