import { expect, test } from '@playwright/test';
import { DatasetsPage } from '../pages/datasets.page.js';
import { csvRecords, downloadedBytes, downloadedText } from '../pages/downloads.js';
import { EffectsPage } from '../pages/effects.page.js';
import { LoginPage } from '../pages/login.page.js';
import { MarketSharePage } from '../pages/market-share.page.js';
import { NetworkPage } from '../pages/network.page.js';
import { graphql } from './api.js';
import { e2eClientFiles } from './fixtures.js';

interface Share {
  products: Array<{ id: string; name: string }>;
  periods: Array<{ label: string; missingProductIds: string[]; entries: Array<{ product: { id: string }; share: number; originalValue: number }> }>;
}

const SHARE_QUERY = `query($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String) {
  marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to) {
    products { id name } periods { label missingProductIds entries { product { id } share originalValue } } } }`;
const XP = 'Windows XP launches with Windows Messenger bundled';

test('an analyst filters the explorer, reads a point’s source and the Windows XP launch, brushes, and exports what the chart shows', async ({ page, request }) => {
  const explorer = new MarketSharePage(page);
  await explorer.open();
  await explorer.filter({ metric: 'unique_users', segment: 'home', geography: 'US' });
  await explorer.chooseSource('Jupiter Media Metrix, 2001-11-14');
  await explorer.setRange('2000-01', '2002-12');
  await explorer.chooseLayout('Lines');
  await expect(page).toHaveURL(/[?&]from=2000-01&to=2002-12/);
  await expect(page).toHaveURL(/[?&]layout=lines/);
  const sourceId = new URL(page.url()).searchParams.get('source')!;
  const { marketShare } = await graphql<{ marketShare: Share }>(request, SHARE_QUERY, { metric: 'unique_users', segment: 'home', geography: 'US', sourceId, from: '2000-01-01', to: '2002-12-31' });
  const product = (name: string) => marketShare.products.find((candidate) => candidate.name.startsWith(name))!;
  const msn = product('MSN Messenger');
  const msn2001 = marketShare.periods.find((period) => period.label === '2001-09')!.entries.find((entry) => entry.product.id === msn.id)!;

  const point = explorer.point(msn.id, '2001-09');
  await expect(point).toHaveAttribute('data-share', msn2001.share.toFixed(6));
  await point.hover();
  await expect(explorer.tooltip).toContainText('MSN Messenger — 2001-09');
  await expect(explorer.tooltip).toContainText(`${msn2001.originalValue} million`);
  await expect(explorer.tooltip).toContainText(`${(msn2001.share * 100).toFixed(1)}%`);
  await expect(explorer.tooltip).toContainText('Source: Jupiter Media Metrix, 2001-11-14 —');

  const xp = explorer.eventMarker(XP);
  await expect(xp).toBeVisible();
  await xp.hover();
  await expect(explorer.tooltip).toContainText(XP);
  await expect(explorer.tooltip).toContainText('2001-10-25 · bundling');
  await expect(explorer.tooltip).toContainText('Source:');
  await expect(explorer.chart.locator('.missing-mark[data-period="2000-09"]')).toBeVisible();
  await expect(explorer.coverage).toContainText('Shares among fewer products in 2000-09 (not reported: AOL brand');

  const yahoo = product('Yahoo! Messenger');
  await explorer.legendToggle('Yahoo! Messenger').click();
  await expect(page).toHaveURL(new RegExp(`[?&]hide=${yahoo.id}(&|$)`));
  await expect(explorer.chart.locator(`circle.point[data-key="${yahoo.id}"]`)).toHaveCount(0);

  // 2000-09 sits at 22% of the 2000–2002 axis and 2001-09 at 56%: brushing 40–98% keeps only 2001-09.
  await explorer.brush(0.4, 0.98);
  await expect(page).toHaveURL(/[?&]zoom=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  await expect(explorer.coverage).toContainText('Zoomed: 1 period of 2 shown.');
  await page.screenshot({ path: test.info().outputPath('analyst-explorer.png'), fullPage: true });

  const { text } = await explorer.downloadCsv(/Shares over time/);
  const rows = csvRecords(text);
  expect(rows.map((row) => [row['period'], row['product']])).toEqual([
    ['2001-09', product('AOL brand').name],
    ['2001-09', 'MSN Messenger'],
  ]);
  const msnRow = rows.find((row) => row['product'] === 'MSN Messenger')!;
  expect(Number(msnRow['share'])).toBeCloseTo(msn2001.share, 9);
  expect(msnRow['stated_value']).toBe(String(msn2001.originalValue));
  expect(msnRow['source']).toMatch(/^Jupiter Media Metrix, 2001-11-14 — /);
  expect(msnRow['not_reported_this_period']).toBe('');

  const svg = await explorer.download(/Shares over time/, 'SVG');
  expect(svg.suggestedFilename()).toMatch(/^marketlens-shares-unique-users-at-home-us-jupiter-media-metrix-2001-11-14\.svg$/);
  const svgText = await downloadedText(svg);
  expect(svgText).toMatch(/^<\?xml/);
  expect(svgText).toContain('Source: Jupiter Media Metrix, 2001-11-14');
  expect(svgText).toContain('Exported from http');
  // An export is a picture for a report: the title above, the source and the date under, no controls.
  expect(svgText).toContain('>Shares over time, Unique users at home, US');
  expect(svgText).toMatch(/>Exported \d{4}-\d{2}-\d{2}</);
  expect(svgText).not.toContain('Drag here to zoom');
  expect(svgText).not.toContain('tabindex');
  const pdf = await explorer.download(/Shares over time/, 'PDF');
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = await downloadedBytes(pdf);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfBytes.toString('latin1')).toContain('/Title');
  const png = await explorer.download(/Concentration/, 'PNG');
  expect((await downloadedBytes(png)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

  // The link reopens the same view: choices, range, layout, hidden product and zoom.
  const link = page.url();
  await page.goto('/network');
  await page.goto(link);
  await expect(explorer.chart).toBeVisible();
  await expect(explorer.segment).toHaveValue('home');
  await expect(explorer.from).toHaveValue('2000-01');
  await expect(page.getByRole('radio', { name: 'Lines' })).toBeChecked();
  await expect(explorer.chart.locator(`circle.point[data-key="${yahoo.id}"]`)).toHaveCount(0);
  await expect(explorer.coverage).toContainText('Zoomed: 1 period of 2 shown.');
});

test('an analyst runs the bundling-effect view: a plain warning on the seeded data, then counterfactual, band and interval for a researcher’s monthly series', async ({ page }) => {
  const effects = new EffectsPage(page);
  await effects.open();
  await expect(effects.event.locator('option:checked')).toContainText(XP);
  await effects.chooseSeries('ICQ — registered users, WW — AOL (');
  await expect(effects.warnings).toBeVisible();
  await expect(effects.warnings).toContainText('Too little data');
  await expect(effects.warnings.getByRole('table')).toContainText('Source');
  await expect(effects.chart).toHaveCount(0);

  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const login = new LoginPage(page);
  const datasets = new DatasetsPage(page);
  await login.open('/datasets');
  await login.logInAs('researcher');
  await datasets.upload(e2eClientFiles(id), `E2E effect ${id}`);
  await expect(datasets.verdict).toHaveText('Valid: 57 rows checked, ready to publish.');
  await datasets.publish();

  await effects.open();
  await effects.chooseEvent(XP);
  await effects.chooseSeries(`E2E client ${id} —`);
  await effects.chooseMethod('Interrupted time series');
  await expect(effects.chart).toBeVisible();
  await expect(effects.chart.locator('.counterfactual path')).toHaveCount(1);
  await expect(effects.chart.locator('.band path')).toHaveCount(1);
  await expect(effects.chart.getByRole('button', { name: `Event: ${XP}` })).toBeVisible();
  const estimates = await effects.estimateRows();
  expect(estimates.map((row) => row[0])).toEqual(['Level change at the event', 'Slope change', 'Cumulative effect after the event']);
  for (const row of estimates) expect(row[2]).toMatch(/^−?[\d.,]+ (thousand|million)?.* to −?[\d.,]+/);
  await effects.point('2002-01').hover();
  await expect(effects.tooltip).toContainText('2002-01 (after the event)');
  await expect(effects.tooltip).toContainText('Counterfactual');
  await expect(effects.tooltip).toContainText('95% band');
  await expect(effects.tooltip).toContainText(`Source: E2E panel ${id}`);
  await page.screenshot({ path: test.info().outputPath('analyst-effect.png'), fullPage: true });

  const rows = csvRecords(await effects.downloadChartCsv());
  expect(rows).toHaveLength(18);
  const side = (period: string) => rows.find((row) => row['period'] === period)!['relative_to_event'];
  expect([side('2001-09'), side('2001-11')]).toEqual(['before', 'after']);
  expect(rows.filter((row) => row['relative_to_event'] === 'before').length).toBeGreaterThanOrEqual(6);
  expect(rows.filter((row) => row['relative_to_event'] === 'after').length).toBeGreaterThanOrEqual(6);
  for (const row of rows.filter((candidate) => candidate['relative_to_event'] === 'after')) {
    expect(Number(row['lower_95'])).toBeLessThanOrEqual(Number(row['counterfactual']));
    expect(Number(row['counterfactual'])).toBeLessThanOrEqual(Number(row['upper_95']));
    expect(row['source']).toBe(`E2E panel ${id}`);
  }

  await effects.chooseMethod('Difference-in-differences');
  await effects.chooseControl(`E2E control client ${id} — unique users, US — E2E control panel ${id}`);
  await expect(effects.chart).toBeVisible();
  await expect(effects.estimates).toContainText('Average effect after the event');
  await expect(page).toHaveURL(/[?&]method=did/);

  await effects.chooseMethod('Synthetic control');
  await expect(page.getByRole('status')).toContainText('Choose at least two donor series');
  await effects.donor(`E2E control client ${id} —`).check();
  await effects.donor(`E2E second control client ${id} —`).check();
  await expect(effects.chart).toBeVisible();
  await expect(effects.estimates.getByRole('table', { name: 'Donor weights of the synthetic control' }).locator('tbody tr')).toHaveCount(2);
  await expect(effects.estimates).toContainText('Placebo p-value');
});

test('an analyst opens the partnership network, moves the date back, reads a partnership’s source and exports the links', async ({ page, request }) => {
  const network = new NetworkPage(page);
  await network.open();
  const everything = await graphql<{ partnershipNetwork: { links: Array<{ id: string }> } }>(request, '{ partnershipNetwork { links { id } } }');
  await expect(network.links()).toHaveCount(everything.partnershipNetwork.links.length);

  // From April 1999, eleven months forward: March 2000, when AT&T, BT, Liberty Media, Yahoo! and AOL invested in Net2Phone.
  await network.moveSliderTo(11);
  await expect(page).toHaveURL(/[?&]at=2000-03/);
  const { partnershipNetwork } = await graphql<{ partnershipNetwork: { links: Array<{ id: string; from: string; to: string; kind: string; description: string; source: { id: string; title: string } }>; nodes: Array<{ id: string; name: string }> } }>(
    request,
    '{ partnershipNetwork(at: "2000-03-31") { nodes { id name } links { id from to kind description source { id title } } } }',
  );
  await expect(network.links()).toHaveCount(partnershipNetwork.links.length);
  await page.screenshot({ path: test.info().outputPath('analyst-network.png'), fullPage: true });

  const atAndT = partnershipNetwork.nodes.find((node) => node.name === 'AT&T')!;
  const investment = partnershipNetwork.links.find((link) => link.kind === 'investment' && link.description.startsWith('AT&T'))!;
  await network.link(investment.id).click();
  await expect(page).toHaveURL(new RegExp(`[?&]selected=link%3A${investment.id}`));
  await expect(network.details).toContainText('AT&T → Net2Phone');
  await expect(network.details).toContainText('Investment');
  await expect(network.details).toContainText('2000-03-31');
  await expect(network.details).toContainText(`Source: `);
  await expect(network.details).toContainText(investment.source.title.slice(0, 30));
  await network.node(atAndT.id).click();
  await expect(network.details.getByRole('heading', { name: 'AT&T', exact: true })).toBeVisible();
  // Each source is listed once, however many of the node's partnerships cite it.
  const atAndTLinks = partnershipNetwork.links.filter((link) => link.from === atAndT.id || link.to === atAndT.id);
  await expect(network.details.locator('.link-details')).toHaveCount(atAndTLinks.length);
  await expect(network.details.locator('.link-sources li')).toHaveCount(new Set(atAndTLinks.map((link) => link.source.id)).size);

  await network.kind('Investment').uncheck();
  await expect(network.links()).toHaveCount(partnershipNetwork.links.filter((link) => link.kind !== 'investment').length);
  const rows = csvRecords(await network.downloadCsv());
  expect(rows.map((row) => row['kind'])).toEqual(partnershipNetwork.links.filter((link) => link.kind !== 'investment').map((link) => link.kind));
  for (const row of rows) expect(row['source']).not.toBe('');
});
