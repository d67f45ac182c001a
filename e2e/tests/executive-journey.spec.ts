import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { ForecastPage } from '../pages/forecast.page.js';
import { LoginPage } from '../pages/login.page.js';
import { OverviewPage } from '../pages/overview.page.js';
import { summarizePdf } from '../pages/pdf.js';
import { graphql } from './api.js';

interface ShareView {
  metric: string;
  segment: string;
  geography: string;
  source: { id: string };
}
interface Share {
  periods: Array<{ label: string; hhi: number; entries: Array<{ share: number; product: { name: string } }> }>;
}
interface Prediction {
  id: string;
  forecaster: string;
  madeOn: string;
  target: string;
  metric: string;
  value: number;
  hit: boolean | null;
  flags: string[];
  actual: { value: number; period: string } | null;
}
interface ForecastPoint {
  period: string;
  value: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

const SHARE = `query($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {
  marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) { periods { label hhi entries { share product { name } } } } }`;
const SCORECARD = '{ predictionScorecard { predictions { id forecaster madeOn target metric value hit flags actual { value period } } } }';
const FORECAST = `query($series: SeriesKeyInput!) { forecast(input: { series: $series, horizon: 20 }) { model history { period value } points { period value lower80 upper80 lower95 upper95 } } }`;
const OSTERMAN = { metric: 'enterprise_penetration', segment: 'enterprise', geography: 'WW', panel: 'Osterman Research' };

/** A percentage as the dashboard writes it: at most two decimals, a real minus sign. */
const percent = (value: number): string => `${value < 0 ? '−' : ''}${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Math.abs(value))}%`;
const grouped = (value: number): string => new Intl.NumberFormat('en-US').format(Math.round(value));

test('an executive reads the overview, opens the enterprise-penetration forecast with Gartner’s 2001 call, moves a scenario and prints the overview to PDF', async ({ page, request }) => {
  const login = new LoginPage(page);
  const overview = new OverviewPage(page);
  const forecast = new ForecastPage(page);

  await login.open('/overview');
  await login.logInAs('viewer');
  await expect(page).toHaveURL(/\/overview$/);
  await overview.waitUntilDrawn();

  // The headline cards say what the API says: the richest view's leader in its latest period, and HHI across periods.
  const { marketShareViews } = await graphql<{ marketShareViews: ShareView[] }>(request, '{ marketShareViews { metric segment geography source { id } } }');
  const richest = marketShareViews[0]!;
  const { marketShare } = await graphql<{ marketShare: Share }>(request, SHARE, { metric: richest.metric, segment: richest.segment, geography: richest.geography, sourceId: richest.source.id });
  const latest = marketShare.periods.at(-1)!;
  await expect(overview.leaderCard).toContainText(`${latest.entries[0]!.product.name} ${(latest.entries[0]!.share * 100).toFixed(1)}%`);
  await expect(overview.leaderCard.getByRole('link', { name: /market-share explorer/ })).toHaveAttribute('href', new RegExp(`[?&]source=${richest.source.id}(&|$)`));
  await expect(overview.concentrationCard).toContainText(`${grouped(marketShare.periods[0]!.hhi)} → ${grouped(latest.hhi)}`);

  // Enterprise penetration now and ahead, with its interval, from the same forecast the forecast view shows.
  const catalog = await graphql<{ seriesCatalog: Array<{ productId: string; product: string; metric: string; panel: string; geography: string; segment: string }> }>(request, '{ seriesCatalog(take: 500) { productId product metric segment geography panel } }');
  const osterman = catalog.seriesCatalog.find((series) => series.product === 'All IM' && series.metric === OSTERMAN.metric && series.panel === OSTERMAN.panel && series.geography === 'WW')!;
  const outlook = (await graphql<{ forecast: { model: string; history: Array<{ period: string; value: number }>; points: ForecastPoint[] } }>(request, FORECAST, { series: { ...OSTERMAN, productId: osterman.productId } })).forecast;
  const now = outlook.history.at(-1)!;
  const yearOn = outlook.points.find((point) => point.period === `${Number(now.period.slice(0, 4)) + 1}${now.period.slice(4)}`)!;
  await expect(overview.penetrationCard).toContainText(`${percent(now.value)} in ${now.period}`);
  await expect(overview.penetrationCard).toContainText(`${yearOn.period} (in 1 year): ${percent(yearOn.value)} — 80% interval ${percent(yearOn.lower80)} to ${percent(yearOn.upper80)}; 95% interval ${percent(yearOn.lower95)} to ${percent(yearOn.upper95)}.`);
  await expect(overview.penetrationCard).toContainText('cautions');
  await expect(overview.fanChart.locator('.fan-band-95 path')).toHaveCount(1);
  await expect(overview.fanChart.locator('.fan-band-80 path')).toHaveCount(1);

  // The scorecard: every prediction, and Gartner's 2001 call easy to find — a hit against 2003, with a definition flag.
  const { predictionScorecard } = await graphql<{ predictionScorecard: { predictions: Prediction[] } }>(request, SCORECARD);
  const gartner = predictionScorecard.predictions.find((prediction) => prediction.forecaster === 'Gartner' && prediction.madeOn === '2001-10' && prediction.target === '2003')!;
  expect(gartner.hit).toBe(true);
  await expect(overview.scorecardRows).toHaveCount(predictionScorecard.predictions.length);
  await expect(overview.scorecardRows.first()).toHaveAttribute('data-prediction', gartner.id);
  await expect(overview.gartnerRow).toContainText('Gartner’s free-IM call');
  await expect(overview.gartnerRow).toContainText('2001-10');
  await expect(overview.gartnerRow).toContainText(`${percent(gartner.value)}`);
  await expect(overview.gartnerRow).toContainText(gartner.actual!.period);
  await expect(overview.gartnerRow).toContainText('Hit');
  await expect(overview.gartnerRow).toContainText('definitions differ');
  await expect(overview.gartnerCallout).toContainText('free IM in 70% of enterprises by 2003');
  await expect(overview.prediction(gartner.id)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('executive-overview.png'), fullPage: true });

  // The card opens the forecast behind it: the same series, its interval, its warnings, and Gartner's call against the actuals.
  await overview.openPenetrationForecast();
  await expect(page).toHaveURL(/\/forecasts\?series=\d+%3Aenterprise_penetration%3Aenterprise%3AWW%3AOsterman/);
  await expect(forecast.chart).toBeVisible();
  await expect(forecast.series.locator('option:checked')).toContainText('All IM — enterprise penetration in enterprises, WW — Osterman Research');
  // three measurements leave one backtest origin: too few to choose a model by, and the view says so
  await expect(forecast.chosenBy).toContainText('choosing needs 3');
  await expect(forecast.backtest.locator('tr.backtest-used')).toContainText('in use');
  await expect(forecast.warnings).toContainText('too few to say much');
  await expect(forecast.warnings).toContainText('are cut there');
  const first = outlook.points[0]!;
  expect((await forecast.intervalRows())[0]).toEqual([first.period, percent(first.value), `${percent(first.lower80)} to ${percent(first.upper80)}`, `${percent(first.lower95)} to ${percent(first.upper95)}`]);
  await expect(forecast.chart.locator('circle.history-point')).toHaveCount(outlook.history.length);
  await expect(forecast.chart.locator('circle.forecast-point')).toHaveCount(outlook.points.length);
  const call = forecast.prediction(gartner.id);
  await expect(call.locator('.prediction-label')).toHaveText('Gartner, 2001-10');
  await expect(call.locator('.prediction-actual')).toHaveCount(1);
  await call.locator('.prediction-marker').focus();
  await expect(forecast.tooltip).toContainText('Prediction: Gartner, 2001-10');
  await expect(forecast.tooltip).toContainText(`Predicted${percent(gartner.value)}`);
  await expect(forecast.tooltip).toContainText(`Actual${percent(gartner.actual!.value)}`);
  await expect(forecast.tooltip).toContainText('Scoredhit');
  await expect(forecast.tooltip).toContainText('definitions differ');
  await page.screenshot({ path: test.info().outputPath('executive-forecast.png'), fullPage: true });

  // A scenario slider moves; once it rests the curve is asked for again and redrawn, and the URL keeps it.
  await expect(forecast.scenarioChart).toBeVisible();
  const before = await forecast.baselinePath();
  const q = forecast.slider('Imitation q');
  const startQ = await q.getAttribute('aria-valuetext');
  await forecast.moveSlider('Imitation q', 12);
  await expect(q).not.toHaveAttribute('aria-valuetext', startQ!);
  await expect(q).toHaveAttribute('aria-valuetext', /^Imitation q: 0\.\d+$/);
  await expect.poll(() => forecast.baselinePath()).not.toBe(before);
  await expect(page).toHaveURL(/[?&]q=0\.\d+/);
  await expect(forecast.scenarioStatus).toContainText('Curve drawn for m = ');
  await forecast.scenario.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('executive-scenario.png'), fullPage: true });

  // Back to the overview, printed: navigation and controls gone, the chart and the scorecard kept, drawn as vectors.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await overview.waitUntilDrawn();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(overview.printButton).toBeHidden();
  const exportButton = page.getByRole('button', { name: /as SVG$/, includeHidden: true });
  await expect(exportButton).toHaveCount(1);
  await expect(exportButton).toBeHidden();
  await expect(overview.fanChart).toBeVisible();
  await expect(overview.gartnerRow).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
  await writeFile(test.info().outputPath('executive-overview.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const summary = summarizePdf(pdf);
  expect(summary.pages).toBeGreaterThanOrEqual(2);
  expect(summary.strings).toEqual(expect.arrayContaining(['Executive overview', 'Prediction scorecard', 'ENTERPRISE PENETRATION']));
  expect(summary.strings.some((text) => text.startsWith('Enterprise penetration: measured, forecast (80% and 95% bands) and published predictions'))).toBe(true);
  expect(summary.links.some((link) => link.includes('gartner_says_free_instant_messag'))).toBe(true);
  expect(summary.images).toBe(0);
  expect(summary.pathOperators).toBeGreaterThan(500);
  expect(pdf.length).toBeGreaterThan(50_000);
});
