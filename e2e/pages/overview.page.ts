import { expect, type Locator, type Page } from '@playwright/test';

/** The executive overview: headline cards, the enterprise-penetration fan chart and the prediction scorecard. */
export class OverviewPage {
  readonly heading: Locator;
  readonly leaderCard: Locator;
  readonly concentrationCard: Locator;
  readonly penetrationCard: Locator;
  readonly fanChart: Locator;
  readonly scorecard: Locator;
  readonly scorecardRows: Locator;
  /** Gartner's 2001 "free IM in 70% of enterprises by 2003" row, highlighted in the table. */
  readonly gartnerRow: Locator;
  readonly gartnerCallout: Locator;
  readonly printButton: Locator;
  readonly tooltip: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Executive overview' });
    this.leaderCard = page.getByRole('article', { name: 'Market leader' });
    this.concentrationCard = page.getByRole('article', { name: 'Concentration (HHI)' });
    this.penetrationCard = page.getByRole('article', { name: 'Enterprise penetration' });
    this.fanChart = page.locator('.overview-forecast svg.fan-chart');
    this.scorecard = page.getByRole('region', { name: 'Prediction scorecard' });
    this.scorecardRows = this.scorecard.locator('table.scorecard-table tbody tr');
    this.gartnerRow = this.scorecard.locator('tr.scorecard-featured');
    this.gartnerCallout = page.getByRole('complementary', { name: 'Gartner’s 2001 prediction' });
    this.printButton = page.getByRole('button', { name: 'Print or save as PDF' });
    this.tooltip = page.locator('.chart-tooltip:visible');
  }

  async open(): Promise<void> {
    await this.page.goto('/overview');
    await this.waitUntilDrawn();
  }

  /** Waits for every card, the chart and the scorecard (each comes from its own query). */
  async waitUntilDrawn(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.leaderCard).toBeVisible();
    await expect(this.penetrationCard).toBeVisible();
    await expect(this.fanChart).toBeVisible();
    await expect(this.gartnerRow).toBeVisible();
  }

  /** A published prediction's diamond on the fan chart, by its scorecard id. */
  prediction(id: string): Locator {
    return this.fanChart.locator(`.prediction[data-key="${id}"]`);
  }

  async openPenetrationForecast(): Promise<void> {
    await this.penetrationCard.getByRole('link', { name: /enterprise-penetration forecast/ }).click();
  }
}
