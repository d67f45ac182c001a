#!/usr/bin/env node
// bench/ingest: the product's ingestion (`npm run ingest`, all validation, staging and publishing)
// against `psql \copy` of the same rows into an equivalent table, in one run on one machine.
// Usage: node bench/ingest/run.mjs [rows ...]   (default: 1000000 3000000; needs psql and a built API)
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { benchDatabase } from '../lib/embedded-database.mjs';
import { trackPeakRss } from '../lib/peak-rss.mjs';
import { generateObservations } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ROWS = sizes.length > 0 ? sizes : [1_000_000, 3_000_000];

// The same columns as the file, and an index of the same shape as the product's series-point index.
const EQUIVALENT_TABLE = `
  DROP TABLE IF EXISTS copy_baseline;
  CREATE TABLE copy_baseline (period text, product text, vendor text, metric text, value double precision, unit text,
                              segment text, geography text, source text, note text);
  CREATE UNIQUE INDEX copy_baseline_point ON copy_baseline (source, metric, segment, geography, period, product);`;

async function timePsqlCopy(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(EQUIVALENT_TABLE);
  await client.end();
  const started = process.hrtime.bigint();
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy copy_baseline FROM '${file}' WITH (FORMAT csv, HEADER true)`], { stdio: 'inherit' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function timeIngestion(url, file, rows) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['apps/api/dist/ingestion/cli/ingest-cli.js', file, '--dataset', `bench-${rows}`], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', UPLOAD_MAX_BYTES: String(4 * 1024 ** 3) },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const memory = trackPeakRss(child.pid);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peakMb = memory.stop();
      if (code !== 0) reject(new Error(`ingestion failed (${code}): ${output}`));
      else resolve({ seconds, peakMb, output: output.trim().split('\n')[0] });
    });
  });
}

async function countObservations(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM observations');
  await client.end();
  return rows[0].n;
}

execFileSync('npx', ['tsc', '-b', 'apps/api/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const results = [];
for (const rows of ROWS) {
  const file = await generateObservations(`${ROOT}/bench/.out/observations-${rows}.csv`, rows);
  const database = await benchDatabase(`bench_${rows}`);
  try {
    const psqlSeconds = await timePsqlCopy(database.url, file);
    const ours = await timeIngestion(database.url, file, rows);
    const stored = await countObservations(database.url);
    if (stored !== rows) throw new Error(`expected ${rows} observations, found ${stored}`);
    results.push({ rows, psqlSeconds, ...ours });
    console.log(`${rows} rows: psql \\copy ${psqlSeconds.toFixed(2)} s, Marketlens ${ours.seconds.toFixed(2)} s (ratio ${(ours.seconds / psqlSeconds).toFixed(2)}×), peak RSS ${ours.peakMb.toFixed(0)} MB — ${ours.output}`);
  } finally {
    await database.close();
  }
}
console.log('\nrows       psql \\copy   Marketlens   ratio   peak RSS');
for (const result of results) {
  console.log(
    `${String(result.rows).padEnd(10)} ${result.psqlSeconds.toFixed(2).padStart(8)} s ${result.seconds.toFixed(2).padStart(10)} s ${(result.seconds / result.psqlSeconds).toFixed(2).padStart(6)}× ${result.peakMb.toFixed(0).padStart(7)} MB`,
  );
}
