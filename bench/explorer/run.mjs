#!/usr/bin/env node
// bench/explorer: first chart after navigation and tooltip/brush frame times in Debian's Chromium, reported
// against their budgets. Needs a built API and dashboard (npm run build). Usage: node bench/explorer/run.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const e2e = fileURLToPath(new URL('../../e2e', import.meta.url));
const run = spawnSync('npx', ['playwright', 'test', '--config', '../bench/explorer/playwright.config.ts'], { cwd: e2e, stdio: 'inherit' });
process.exit(run.status ?? 1);
