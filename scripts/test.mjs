#!/usr/bin/env node
// `npm test`: the whole suite — lint, types, generated files, unit and integration tests against a
// real PostgreSQL (embedded, or DATABASE_URL's), and the browser journeys in a real Chromium.
import { ensureChromium } from './ensure-chromium.mjs';
import { run, steps } from './lib/run.mjs';

const nx = (target, extra = []) => run('npx', ['nx', 'run-many', '-t', target, '--parallel=2', '--outputStyle=stream', ...extra], target);

await steps([
  ['chromium', async () => console.log(`using ${ensureChromium()}`)],
  ['lint', () => run('npx', ['eslint', '.'], 'lint')],
  ['no import cycles in the dashboard', () => run('npx', ['madge', '--circular', '--extensions', 'ts,tsx', 'apps/dashboard/src'], 'import cycle check')],
  ['build', () => nx('build')],
  ['typecheck', () => nx('typecheck')],
  ['generated files are current', () => run('node', ['scripts/check-generated.mjs'], 'generated files check')],
  ['unit and integration tests', () => nx('test')],
  ['browser tests', () => run('npx', ['playwright', 'test'], 'browser tests', { cwd: 'e2e' })],
]);
