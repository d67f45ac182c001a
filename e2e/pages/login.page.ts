import { expect, type Locator, type Page } from '@playwright/test';

/** The demo accounts the API creates in development, one per role. */
export type DemoRole = 'viewer' | 'researcher' | 'admin';
export const DEMO_PASSWORD = 'marketlens-demo';
export const demoEmail = (role: DemoRole): string => `${role}@marketlens.local`;

/** The login page, and the account corner of the header that shows who is logged in. */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly hint: Locator;
  readonly accountEmail: Locator;
  readonly accountRole: Locator;
  readonly logOutButton: Locator;
  readonly logOutEverywhereButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Log in' });
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Log in' });
    this.alert = page.locator('.login-panel').getByRole('alert');
    this.hint = page.locator('.demo-hint');
    this.accountEmail = page.locator('.account-email');
    this.accountRole = page.locator('.account-role');
    this.logOutButton = page.getByRole('button', { name: 'Log out', exact: true });
    this.logOutEverywhereButton = page.getByRole('button', { name: 'Log out everywhere' });
  }

  /** Opens the login page, to come back to `next` afterwards. */
  async open(next?: string): Promise<void> {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    await expect(this.heading).toBeVisible();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Logs in with a demo account and waits until the header shows it. */
  async logInAs(role: DemoRole): Promise<void> {
    await this.logIn(demoEmail(role), DEMO_PASSWORD);
    await expect(this.accountEmail).toHaveText(demoEmail(role));
    await expect(this.accountRole).toHaveText(role);
  }
}
