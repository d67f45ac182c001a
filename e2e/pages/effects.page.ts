import { expect, type Locator, type Page } from '@playwright/test';
import { downloadedText } from './downloads.js';

/** The bundling-effect view: event, series and method pickers; the chart and estimates, or the warnings. */
export class EffectsPage {
  readonly event: Locator;
  readonly series: Locator;
  readonly control: Locator;
  readonly warnings: Locator;
  readonly chart: Locator;
  readonly estimates: Locator;
  readonly tooltip: Locator;

  constructor(private readonly page: Page) {
    this.event = page.getByLabel('Event', { exact: true });
    this.series = page.getByLabel('Series', { exact: true });
    this.control = page.getByLabel('Control series');
    this.warnings = page.getByRole('status').filter({ has: page.getByRole('heading', { name: /No estimate/ }) });
    this.chart = page.locator('svg.effect-chart');
    this.estimates = page.getByRole('region', { name: 'Estimates' });
    this.tooltip = page.locator('.chart-tooltip:visible');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/effects${query}`);
    await expect(this.series).toBeVisible();
  }

  /** Picks the event whose option contains `text`. */
  async chooseEvent(text: string): Promise<void> {
    await this.event.selectOption({ label: (await this.event.locator('option', { hasText: text }).first().textContent())! });
  }

  /** Picks the series whose option contains `text`. */
  async chooseSeries(text: string): Promise<void> {
    const option = this.series.locator('option', { hasText: text });
    await expect(option).toHaveCount(1);
    await this.series.selectOption((await option.getAttribute('value'))!);
  }

  async chooseMethod(label: 'Interrupted time series' | 'Difference-in-differences' | 'Synthetic control'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async chooseControl(text: string): Promise<void> {
    const option = this.control.locator('option', { hasText: text });
    await this.control.selectOption((await option.first().getAttribute('value'))!);
  }

  /** A donor series' checkbox (synthetic control), by its option text. */
  donor(text: string): Locator {
    return this.page.getByRole('group', { name: /Donor series/ }).getByRole('checkbox', { name: text });
  }

  point(period: string): Locator {
    return this.chart.locator(`circle.effect-point[data-period="${period}"]`);
  }

  /** The estimates table's rows: name, value, interval, standard error, reading. */
  async estimateRows(): Promise<string[][]> {
    const rows = await this.estimates.locator('table').first().locator('tbody tr').all();
    return Promise.all(rows.map(async (row) => [await row.locator('th').innerText(), ...(await row.locator('td').allInnerTexts())]));
  }

  async downloadChartCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: /Download the effect chart.* as CSV/ }).click()]);
    return downloadedText(download);
  }
}
