#!/usr/bin/env node
// `npm start`: build what changed, then serve the dashboard and the API on an embedded PostgreSQL
// (or on DATABASE_URL's server), loaded with datasets/.
import { spawn } from 'node:child_process';
import { run, withNxEnvironment } from './lib/run.mjs';

const started = Date.now();
await run('npx', ['tsc', '-b', 'apps/api/tsconfig.json'], 'building the API');
await run('npx', ['vite', 'build', '--logLevel', 'warn'], 'building the dashboard', { cwd: 'apps/dashboard' });
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Marketlens…`);

const api = spawn(process.execPath, ['apps/api/dist/main.js'], { stdio: 'inherit', env: withNxEnvironment(process.env) });
// Ctrl-C reaches the API directly (same process group): let it shut its database down, then leave with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
