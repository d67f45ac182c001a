#!/usr/bin/env node
// bench/query: p50 and p95 of `marketShare` through GraphQL (HTTP, the real API) against the same
// aggregate as hand-written SQL through pg, on 10 million observations, in one run.
// Usage: node bench/query/run.mjs [observations] [requests]   (default 10000000 50; needs a built API)
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { benchDatabase } from '../lib/embedded-database.mjs';
import { loadConfig } from '../../apps/api/dist/config/config.js';
import { createApp } from '../../apps/api/dist/create-app.js';
import { CURRENT_VERSIONS_SQL, MARKET_SHARE_SQL } from '../../apps/api/dist/market-share/market-share.sql.js';
import { COMPETITOR_KINDS } from '../../libs/domain/dist/index.js';
import { seedObservations } from './seed.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// graphql-js checks NODE_ENV when it loads: measure the API as it runs in production.
if (process.env.NODE_ENV !== 'production') {
  const run = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  process.exit(run.status ?? 1);
}
const OBSERVATIONS = Number(process.argv[2] ?? 10_000_000);
const REQUESTS = Number(process.argv[3] ?? 50);
const WINDOW_MONTHS = 120;

const QUERY = `query($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String) {
  marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to) {
    unit products { id name } periods { label total hhi shares values }
  }
}`;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function requests(shape, count) {
  // The same pseudo-random views for both paths: a source, a segment, a geography and a 10-year window.
  let state = 42;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => {
    const start = Math.floor(next() * (shape.months - WINDOW_MONTHS));
    const date = (month) => `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    return {
      metric: 'unique_users',
      segment: shape.segments[Math.floor(next() * shape.segments.length)],
      geography: shape.geographies[Math.floor(next() * shape.geographies.length)],
      sourceId: String(shape.sourceIds[Math.floor(next() * shape.sourceIds.length)]),
      from: date(start),
      to: date(start + WINDOW_MONTHS - 1),
    };
  });
}

async function timeAll(list, run) {
  await run(list[0]); // warm-up, not counted
  const times = [];
  for (const item of list) {
    const started = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

execFileSync('npx', ['tsc', '-b', 'apps/api/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const database = await benchDatabase('bench_query');
const pool = new pg.Pool({ connectionString: database.url, max: 4 });
try {
  console.log(`seeding ${OBSERVATIONS.toLocaleString()} observations…`);
  const shape = await seedObservations(pool, OBSERVATIONS);
  const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent', DASHBOARD_DIR: '/nonexistent' });
  const app = await createApp({ config, databaseUrl: database.url, logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const list = requests(shape, REQUESTS);
  const graphql = await timeAll(list, async (variables) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
    const body = await response.json();
    if (!body.data) throw new Error(JSON.stringify(body.errors));
  });
  const sql = await timeAll(list, async (variables) => {
    const versions = await pool.query(CURRENT_VERSIONS_SQL);
    await pool.query(MARKET_SHARE_SQL, [variables.metric, variables.segment, variables.geography, Number(variables.sourceId), variables.from, variables.to, null, COMPETITOR_KINDS, versions.rows[0].ids, null]);
  });
  await app.close();
  console.log(`\n${REQUESTS} marketShare requests on ${OBSERVATIONS.toLocaleString()} observations (${shape.productsPerView} products × ${WINDOW_MONTHS} months each)`);
  console.log(`  hand-written SQL (pg):  p50 ${sql.p50.toFixed(1)} ms   p95 ${sql.p95.toFixed(1)} ms`);
  console.log(`  GraphQL (HTTP, API):    p50 ${graphql.p50.toFixed(1)} ms   p95 ${graphql.p95.toFixed(1)} ms`);
  console.log(`  ratio GraphQL / SQL:    p50 ${(graphql.p50 / sql.p50).toFixed(2)}×   p95 ${(graphql.p95 / sql.p95).toFixed(2)}×`);
} finally {
  await pool.end();
  await database.close();
}
