import { expect, test, type Page } from '@playwright/test';
import { DatasetsPage, type CsvFile } from '../pages/datasets.page.js';
import { LoginPage } from '../pages/login.page.js';
import { MarketSharePage } from '../pages/market-share.page.js';

/** Unique to one test run (and repeat), so the new data's view and dataset are easy to pick out. */
const uniqueId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const HEADER = 'period,product,vendor,metric,value,unit,segment,geography,source,note';

/** Unique users at home in the US for AIM and MSN Messenger, two months, all citing `source`. */
function panelCsv(name: string, source: string, msnJanuary: string, aimJanuary = '30'): CsvFile {
  const rows = [
    `2004-01,AIM,AOL Time Warner,unique_users,${aimJanuary},million,home,US,${source},`,
    `2004-01,MSN Messenger,Microsoft,unique_users,${msnJanuary},million,home,US,${source},`,
    `2004-02,AIM,AOL Time Warner,unique_users,31,million,home,US,${source},`,
    `2004-02,MSN Messenger,Microsoft,unique_users,27.5,million,home,US,${source},note with <b>markup</b>`,
  ];
  return { name, content: `${[HEADER, ...rows].join('\n')}\n` };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(name), fullPage: true });
}

test('a researcher uploads a CSV, fixes the reported line, publishes it and finds the new data in the chart with its citation', async ({ page }) => {
  const id = uniqueId();
  const source = `E2E journey panel ${id}`;
  const file = `e2e-journey-${id}.csv`;
  const datasets = new DatasetsPage(page);
  const login = new LoginPage(page);

  await datasets.open();
  await expect(datasets.unavailable).toContainText('Log in as a researcher or admin');
  await expect(datasets.fileInput).toHaveCount(0);
  await datasets.unavailable.getByRole('link', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fdatasets$/);
  await login.logInAs('researcher');
  await expect(page).toHaveURL(/\/datasets$/);

  await datasets.dropAndUpload([panelCsv(file, source, 'abc')]);
  await expect(datasets.verdict).toHaveText('Rejected: 1 problem; nothing was stored.');
  const problems = await datasets.reportedProblems();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, line: '3', column: 'value', value: 'abc' });
  expect(problems[0]!.message).toMatch(/number/);
  await screenshot(page, 'datasets-validation-report.png');

  await datasets.upload([panelCsv(file, source, '26.5')]);
  await expect(datasets.verdict).toHaveText('Valid: 4 rows checked, ready to publish.');
  await expect(datasets.problems).toHaveCount(0);
  const preview = datasets.preview.getByRole('table');
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  await expect(preview).toContainText('<b>markup</b>');
  await expect(page.locator('b', { hasText: 'markup' })).toHaveCount(0);
  await datasets.publish();
  await expect(datasets.outcome).toContainText(`Datasete2e-journey-${id}`);
  await expect(datasets.outcome).toContainText('Version1 (now current)');
  await expect(datasets.outcome).toContainText('Rows4 observations');

  const card = datasets.dataset(file);
  await expect(card).toBeVisible();
  expect(await datasets.versions(file)).toEqual([{ number: '1', rows: '4', by: 'Demo researcher', status: 'Current' }]);
  await expect(card.locator('.cited-sources')).toContainText(source);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Market share' }).click();
  const shares = new MarketSharePage(page);
  await expect(shares.chart).toBeVisible();
  await shares.chooseView(source);
  await expect(shares.legendItems).toHaveText(['AIM', 'MSN Messenger']);
  await expect(shares.chart.locator('circle.point')).toHaveCount(4);
  const aim = shares.point(await shares.productKey('AIM'), '2004-01');
  await expect(aim).toHaveAttribute('data-share', (30 / 56.5).toFixed(6));
  await aim.hover();
  await expect(shares.tooltip).toBeVisible();
  await expect(shares.tooltip).toContainText('AIM — 2004-01');
  await expect(shares.tooltip).toContainText('30 million');
  await expect(shares.tooltip).toContainText(`${((30 / 56.5) * 100).toFixed(1)}%`);
  await expect(shares.tooltip).toContainText(`Source: ${source}`);
});

test('a researcher publishes a second version of a named dataset and restores the first', async ({ page }) => {
  const id = uniqueId();
  const source = `E2E versions panel ${id}`;
  const title = `E2E versions ${id}`;
  const login = new LoginPage(page);
  const datasets = new DatasetsPage(page);
  await login.open('/datasets');
  await login.logInAs('researcher');

  await datasets.upload([panelCsv('first.csv', source, '20', '40')], title);
  await datasets.publish();
  await datasets.upload([panelCsv('second.csv', source, '20', '41')], title);
  await datasets.publish();
  await expect(datasets.outcome).toContainText('Version2 (now current)');
  await expect.poll(() => datasets.versions(title)).toEqual([
    { number: '2', rows: '4', by: 'Demo researcher', status: 'Current' },
    { number: '1', rows: '4', by: 'Demo researcher', status: 'Restore' },
  ]);
  await datasets.dataset(title).scrollIntoViewIfNeeded();
  await screenshot(page, 'datasets-version-list.png');

  await datasets.restore(title, 1);
  await expect.poll(() => datasets.versions(title)).toEqual([
    { number: '2', rows: '4', by: 'Demo researcher', status: 'Restore' },
    { number: '1', rows: '4', by: 'Demo researcher', status: 'Current' },
  ]);
});

test('a viewer can read the datasets but not upload or restore, and is told why', async ({ page }) => {
  const login = new LoginPage(page);
  const datasets = new DatasetsPage(page);
  await login.open('/datasets');
  await expect(login.hint).toContainText('On a development install');
  await login.logInAs('viewer');
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(datasets.unavailable).toContainText('You are logged in as a viewer');
  await expect(datasets.unavailable).toContainText('need the researcher or admin role');
  await expect(datasets.fileInput).toHaveCount(0);
  await expect(datasets.uploadButton).toHaveCount(0);
  await expect(datasets.list.getByRole('article').first()).toBeVisible();
  await expect(datasets.list.getByRole('button', { name: /^Restore/ })).toHaveCount(0);

  await login.logOutButton.click();
  await expect(login.accountEmail).toHaveCount(0);
  await expect(datasets.unavailable).toContainText('Log in as a researcher or admin');
});

test('a wrong password is refused with the API’s message', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn('researcher@marketlens.local', 'not-the-password');
  await expect(login.alert).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/login$/);
});

test('an expired session is dropped and the user sent to log in, then back', async ({ page }) => {
  const login = new LoginPage(page);
  await page.goto('/');
  await page.evaluate(() =>
    sessionStorage.setItem('marketlens.session', JSON.stringify({ token: 'expired.token.value', user: { email: 'researcher@marketlens.local', name: 'Demo researcher', role: 'researcher' } })),
  );
  await page.goto('/datasets');
  await expect(page).toHaveURL(/\/login\?next=%2Fdatasets&reason=expired$/);
  await expect(login.alert).toContainText('Your session has expired');
  expect(await page.evaluate(() => sessionStorage.getItem('marketlens.session'))).toBeNull();
  await login.logInAs('researcher');
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(new DatasetsPage(page).fileInput).toHaveCount(1);
});

test('a large upload shows the bytes sent and the rows validated, and can be discarded', async ({ page }) => {
  const login = new LoginPage(page);
  const datasets = new DatasetsPage(page);
  await login.open('/datasets');
  await login.logInAs('researcher');
  const id = uniqueId();
  const rows = Array.from({ length: 12_000 }, (_, index) => `${2000 + (index % 5)}-0${1 + (index % 9)},Throttled product ${index},Throttled vendor,unique_users,${index},thousand,home,US,Throttled panel ${id},padding to make the file larger`);
  const big = { name: `e2e-large-${id}.csv`, content: `${[HEADER, ...rows].join('\n')}\n` };
  // About 1.6 MB at 300 KB/s: several seconds in which the bar and the server's count move.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 300 * 1024 });

  await datasets.fileInput.setInputFiles([{ name: big.name, mimeType: 'text/csv', buffer: Buffer.from(big.content) }]);
  await datasets.uploadButton.click();
  await expect(datasets.progress).toBeVisible();
  await expect.poll(async () => Number(await datasets.progress.getAttribute('aria-valuenow'))).toBeGreaterThan(10);
  expect(Number(await datasets.progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await expect(datasets.progress).toHaveAttribute('aria-valuetext', /^[\d.]+ (KB|MB) of [\d.]+ MB \(\d+%\)$/);
  await expect(page.locator('.upload-progress').getByRole('status')).toContainText(/[1-9][\d,]* rows validated/);

  await expect(datasets.verdict).toHaveText('Valid: 12,000 rows checked, ready to publish.', { timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(datasets.preview.getByRole('columnheader')).toHaveText(['Line', 'period', 'product', 'vendor', 'metric', 'value', 'unit', 'originalValue', 'originalUnit', 'segment', 'geography', 'source', 'note']);
  await datasets.discardButton.click();
  await expect(datasets.verdict).toHaveText('Discarded without publishing.');
  await expect(datasets.dataset(big.name)).toHaveCount(0);
});
