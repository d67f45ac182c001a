import { expect, type Locator, type Page } from '@playwright/test';

/** The market-share view as a user sees it. */
export class MarketSharePage {
  readonly chart: Locator;
  readonly tooltip: Locator;
  readonly viewPicker: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.locator('svg.share-chart');
    this.tooltip = page.locator('.chart-tooltip');
    this.viewPicker = page.getByLabel('View');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.chart).toBeVisible();
  }

  point(productId: string, period: string): Locator {
    return this.chart.locator(`circle.point[data-key="${productId}"][data-period="${period}"]`);
  }

  async legend(): Promise<string[]> {
    return this.chart.locator('.legend-item text').allTextContents();
  }
}
