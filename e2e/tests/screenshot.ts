import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot into the run's output folder, and into docs/screenshots/ (what the README and
 * the docs show) only when SAVE_SCREENSHOTS=1 (`npm run screenshots`): a test run must not rewrite tracked files.
 */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = process.env['SAVE_SCREENSHOTS'] === '1' ? `../docs/screenshots/${name}.png` : testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
}
