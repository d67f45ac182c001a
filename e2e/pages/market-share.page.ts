import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { downloadedText } from './downloads.js';

interface ShareViewChoice {
  metric: string;
  segment: string;
  geography: string;
  source: { id: string; title: string; publisher: string | null };
}

/** The market-share explorer as a user sees it: pickers, the share chart, concentration, coverage. */
export class MarketSharePage {
  /** The (first) share chart; with a second source there are two, see `panel`. */
  readonly chart: Locator;
  readonly concentration: Locator;
  /** The tooltip on show (each chart owns one; only the one in use is visible). */
  readonly tooltip: Locator;
  readonly metric: Locator;
  readonly segment: Locator;
  readonly geography: Locator;
  readonly source: Locator;
  readonly compare: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly granularity: Locator;
  readonly coverage: Locator;
  /** The legend's product names (for retrying assertions while a chart is drawn). */
  readonly legendItems: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.locator('svg.share-chart').first();
    this.concentration = page.locator('svg.concentration-chart').first();
    this.tooltip = page.locator('.chart-tooltip:visible');
    this.metric = page.getByLabel('Metric', { exact: true });
    this.segment = page.getByLabel('Segment', { exact: true });
    this.geography = page.getByLabel('Geography', { exact: true });
    this.source = page.getByLabel('Source', { exact: true });
    this.compare = page.getByLabel('Compare with');
    this.from = page.getByLabel('From (month)');
    this.to = page.getByLabel('To (month)');
    this.granularity = page.getByLabel('Granularity');
    this.coverage = page.locator('section.coverage').first();
    this.legendItems = this.chart.locator('.legend-item text');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.chart).toBeVisible();
  }

  point(productId: string, period: string): Locator {
    return this.chart.locator(`circle.point[data-key="${productId}"][data-period="${period}"]`);
  }

  /** Picks metric, segment and geography, each narrowing the next. */
  async filter(choice: { metric: string; segment: string; geography: string }): Promise<void> {
    await this.metric.selectOption(choice.metric);
    await this.segment.selectOption(choice.segment);
    await this.geography.selectOption(choice.geography);
  }

  /** Picks the source whose option text contains `text` among those of the current filters. */
  async chooseSource(text: string): Promise<void> {
    const option = this.source.locator('option', { hasText: text });
    await expect(option).toHaveCount(1);
    await this.source.selectOption((await option.getAttribute('value'))!);
    await expect(this.page.locator('.chart-caption').first()).toContainText(text);
  }

  /** Opens the view whose source's title contains `text` (a source uploaded in a test, say) with the pickers. */
  async chooseView(text: string): Promise<void> {
    const response = await this.page.request.post('/graphql', { data: { query: '{ marketShareViews { metric segment geography source { id title publisher } } }' } });
    const views = ((await response.json()) as { data: { marketShareViews: ShareViewChoice[] } }).data.marketShareViews;
    const view = views.find((candidate) => candidate.source.title.includes(text));
    if (!view) throw new Error(`No market-share view cites a source titled like “${text}”.`);
    await this.filter(view);
    await this.source.selectOption(view.source.id);
    await expect(this.page.locator('.chart-caption').first()).toContainText(text);
  }

  async setRange(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
  }

  async chooseLayout(label: 'Stacked area' | 'Lines'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async chooseMeasure(label: 'Shares' | 'Absolute values'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  eventMarker(title: string): Locator {
    return this.chart.getByRole('button', { name: `Event: ${title}` });
  }

  legendToggle(name: string): Locator {
    return this.chart.locator('.legend-toggle', { hasText: name });
  }

  /** Drags the brush over the strip under the chart, from one fraction of its width to another. */
  async brush(fromFraction: number, toFraction: number, steps = 12): Promise<void> {
    const overlay = this.chart.locator('.brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * fromFraction, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * toFraction, y, { steps });
    await this.page.mouse.up();
  }

  /** Downloads a chart ("Shares over time", "Concentration…") as SVG, PNG, PDF or CSV. */
  async download(chartTitle: RegExp, format: 'SVG' | 'PNG' | 'PDF' | 'CSV'): Promise<Download> {
    const button = this.page.getByRole('button', { name: new RegExp(`Download ${chartTitle.source}.* as ${format}`) }).first();
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  /** Downloads a chart's CSV and returns its text without the byte-order mark. */
  async downloadCsv(chartTitle: RegExp): Promise<{ download: Download; text: string }> {
    const download = await this.download(chartTitle, 'CSV');
    return { download, text: await downloadedText(download) };
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
