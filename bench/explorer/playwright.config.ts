import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import e2e from '../../e2e/playwright.config.js';

const e2eDirectory = fileURLToPath(new URL('../../e2e', import.meta.url));

// The e2e suite's browser and server (started from e2e/, where its paths are relative to), with this folder's bench.
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: './results',
  webServer: { ...(e2e.webServer as object), cwd: e2eDirectory } as typeof e2e.webServer,
});
