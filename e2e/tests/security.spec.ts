import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login.page.js';
import { MarketSharePage } from '../pages/market-share.page.js';

const VIEWS = ['/', '/overview', '/effects', '/forecasts', '/network', '/datasets', '/login'];

/** Every content-security-policy violation the page reports, as events and as console messages. */
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations))];
}

test('every view, its charts and their exports pass the content security policy', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  const login = new LoginPage(page);
  await login.open();
  await login.logInAs('admin');
  for (const view of VIEWS) {
    const response = await page.goto(view);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(await violations(), view).toEqual([]);
  }
  const explorer = new MarketSharePage(page);
  await explorer.open();
  await explorer.download(/Shares over time/, 'SVG');
  await explorer.download(/Shares over time/, 'PNG');
  await explorer.chart.locator('circle.point').first().hover();
  await expect(explorer.tooltip).toBeVisible();
  expect(await violations()).toEqual([]);

  // The watch itself works: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
});

test('the dashboard cannot be framed and says nosniff', async ({ request }) => {
  const response = await request.get('/overview', { headers: { accept: 'text/html' } });
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['x-powered-by']).toBeUndefined();
});

test('logging out ends the token on the server; logging out everywhere ends the other browsers’ sessions', async ({ page, browser, request }) => {
  const login = new LoginPage(page);
  await login.open('/datasets');
  await login.logInAs('researcher');
  const tokenOf = (target: Page) => target.evaluate(() => (JSON.parse(sessionStorage.getItem('marketlens.session') ?? '{}') as { token?: string }).token ?? '');
  const me = async (token: string) =>
    (await (await request.post('/graphql', { data: { query: '{ me { email } }' }, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } })).json()) as { errors?: Array<{ extensions: { code: string } }> };

  const first = await tokenOf(page);
  expect((await me(first)).errors).toBeUndefined();
  await login.logOutButton.click();
  await expect(login.accountEmail).toHaveCount(0);
  await expect.poll(async () => (await me(first)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

  // Two browsers, one user: "Log out everywhere" in one sends the other back to the login page.
  await login.open('/datasets');
  await login.logInAs('researcher');
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherLogin = new LoginPage(otherPage);
  await otherLogin.open('/datasets');
  await otherLogin.logInAs('researcher');
  await login.logOutEverywhereButton.click();
  await expect(login.accountEmail).toHaveCount(0);
  await otherPage.goto('/datasets');
  await expect(otherPage).toHaveURL(/\/login\?next=%2Fdatasets&reason=expired$/);
  await expect(otherLogin.alert).toContainText('Your session has expired');
  await other.close();
});
