import { expect, type Locator, type Page } from '@playwright/test';
import { downloadedText } from './downloads.js';

/** The partnership network: date slider, kind filters, the graph and the details panel with sources. */
export class NetworkPage {
  readonly slider: Locator;
  readonly chart: Locator;
  readonly details: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.slider = page.getByRole('slider', { name: /Partnerships started by the end of/ });
    this.chart = page.locator('svg.network-chart');
    this.details = page.getByRole('complementary');
    this.summary = page.locator('.network .coverage');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/network${query}`);
    await expect(this.chart).toBeVisible();
  }

  kind(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  links(): Locator {
    return this.chart.locator('.network-link');
  }

  link(id: string): Locator {
    return this.chart.locator(`.network-link[data-id="${id}"]`);
  }

  node(id: string): Locator {
    return this.chart.locator(`.network-node[data-id="${id}"]`);
  }

  /** Moves the slider with the keyboard, as a user would: Home, then `steps` months forward. */
  async moveSliderTo(steps: number): Promise<void> {
    await this.slider.focus();
    await this.slider.press('Home');
    for (let step = 0; step < steps; step++) await this.slider.press('ArrowRight');
  }

  async downloadCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: /Download the partnership network.* as CSV/ }).click()]);
    return downloadedText(download);
  }
}
