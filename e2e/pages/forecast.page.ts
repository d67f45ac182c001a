import { expect, type Locator, type Page } from '@playwright/test';

export type ScenarioParameter = 'Market potential m' | 'Innovation p' | 'Imitation q';

/** The forecast view: pickers, model choice and warnings, the fan chart, intervals, backtest, and the Bass scenario. */
export class ForecastPage {
  readonly series: Locator;
  readonly model: Locator;
  readonly horizon: Locator;
  readonly asOf: Locator;
  readonly chosenBy: Locator;
  readonly warnings: Locator;
  readonly chart: Locator;
  readonly intervals: Locator;
  readonly backtest: Locator;
  readonly tooltip: Locator;
  readonly scenario: Locator;
  readonly scenarioChart: Locator;
  readonly scenarioStatus: Locator;

  constructor(private readonly page: Page) {
    this.series = page.getByLabel('Series', { exact: true });
    this.model = page.getByLabel('Model', { exact: true });
    this.horizon = page.getByLabel(/^Horizon/);
    this.asOf = page.getByLabel('As of (vintage, optional)');
    this.chosenBy = page.locator('.chosen-by');
    this.warnings = page.getByRole('note').filter({ has: page.getByRole('heading', { name: 'Read this before using the forecast' }) });
    this.chart = page.locator('.forecast-result svg.fan-chart');
    this.intervals = page.getByRole('table', { name: /Forecast by period/ });
    this.backtest = page.getByRole('table', { name: /Rolling origin, best first/ });
    this.tooltip = page.locator('.chart-tooltip:visible');
    this.scenario = page.getByRole('region', { name: 'Scenario: move the Bass curve' });
    this.scenarioChart = this.scenario.locator('svg.scenario-chart');
    this.scenarioStatus = this.scenario.locator('p.status[role="status"]');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/forecasts${query}`);
    await expect(this.chart).toBeVisible();
  }

  /** A published prediction's diamond on the chart, by its scorecard id. */
  prediction(id: string): Locator {
    return this.chart.locator(`.prediction[data-key="${id}"]`);
  }

  /** The intervals table's rows: period, point forecast, 80% interval, 95% interval. */
  async intervalRows(): Promise<string[][]> {
    const rows = await this.intervals.locator('tbody tr').all();
    return Promise.all(rows.map(async (row) => [await row.locator('th').innerText(), ...(await row.locator('td').allInnerTexts())]));
  }

  slider(name: ScenarioParameter): Locator {
    return this.scenario.getByRole('slider', { name: new RegExp(`^${name}`) });
  }

  /** Moves a scenario slider by keyboard, `steps` steps to the right (negative: to the left). */
  async moveSlider(name: ScenarioParameter, steps: number): Promise<void> {
    const slider = this.slider(name);
    await slider.focus();
    for (let step = 0; step < Math.abs(steps); step++) await this.page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  }

  /** The Bass curve as drawn (its path), to see it change. */
  async baselinePath(): Promise<string> {
    return (await this.scenarioChart.locator('.baseline-curve path').getAttribute('d')) ?? '';
  }
}
