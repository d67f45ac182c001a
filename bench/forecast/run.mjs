#!/usr/bin/env node
// bench/forecast: the median time of one fit per model in libs/analytics against scipy/statsmodels on the
// same series (every series in datasets/ plus 1,000 generated ones), in one run; and, series by series,
// whether our fit's SSE is at most the reference fit's (the same optimum, or a better one). The two sides fit
// each series in turn (a Python process serves the reference fits line by line), so both see the same load,
// and both measure CPU time (process.cpuUsage, time.process_time; microsecond resolution): on a shared machine
// wall time mostly measures who else was running.
// Usage: node bench/forecast/run.mjs   (needs /usr/bin/python3 with python3-scipy and python3-statsmodels)
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { benchSeries } from './series.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
execFileSync('npx', ['tsc', '-b', 'libs/analytics/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const { bassModel, gompertzModel, holtDampedModel, logisticModel } = await import('../../libs/analytics/dist/index.js');
const series = benchSeries(`${ROOT}/datasets`);

// The same fits as the reference: Bass on per-period adoptions, growth curves on the cumulative series.
const models = {
  bass: { model: bassModel({ scale: 'adoptions' }), input: (values) => values },
  'bass-density': { model: bassModel({ scale: 'adoptions', form: 'density' }), input: (values) => values },
  logistic: { model: logisticModel({ scale: 'cumulative' }), input: cumulative },
  gompertz: { model: gompertzModel({ scale: 'cumulative' }), input: cumulative },
  'holt-damped': { model: holtDampedModel(), input: (values) => values },
};

function cumulative(values) {
  let total = 0;
  return values.map((value) => (total += value));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// Holt's model.fit has no SSE field: the sum of its squared one-step residuals is the SSE statsmodels reports.
const sseOf = (fit) => fit.residuals.reduce((sum, e) => sum + e * e, 0);

// one BLAS thread: the reference's matrices are tiny, and thread hand-offs only add noise on a shared machine
const python = spawn('/usr/bin/python3', [`${ROOT}/bench/forecast/scipy_fits.py`], {
  stdio: ['pipe', 'pipe', 'inherit'],
  env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' },
});
const answers = createInterface({ input: python.stdout })[Symbol.asyncIterator]();
async function reference(values) {
  python.stdin.write(`${JSON.stringify(values)}\n`);
  const { value, done } = await answers.next();
  if (done) throw new Error('the scipy reference process ended early');
  return JSON.parse(value);
}

const results = Object.fromEntries(Object.keys(models).map((name) => [name, { ours: [], theirs: [], fits: 0, failures: 0, compared: 0, worse: 0 }]));
for (const entry of series) {
  const mine = {};
  for (const [name, { model, input }] of Object.entries(models)) {
    if (entry.values.length < model.minimumLength) continue;
    const values = input(entry.values);
    const started = process.cpuUsage();
    const fit = model.fit(values);
    const used = process.cpuUsage(started);
    mine[name] = { ms: (used.user + used.system) / 1000, sse: fit.status === 'converged' ? sseOf(fit) : null };
  }
  const theirs = await reference(entry.values);
  for (const [name, result] of Object.entries(results)) {
    const a = mine[name];
    const b = theirs[name];
    if (!a) continue;
    result.fits++;
    result.ours.push(a.ms);
    if (a.sse === null) result.failures++;
    if (b?.ms !== null && b?.ms !== undefined) result.theirs.push(b.ms);
    if (a.sse !== null && b?.sse !== null && b?.sse !== undefined) {
      result.compared++;
      if (a.sse > b.sse * (1 + 1e-6) + 1e-12) result.worse++;
    }
  }
}
python.stdin.end();

console.log(`\n${series.length} series (${series.length - 1000} from datasets/, 1000 generated); median CPU time of one fit`);
console.log('model          Marketlens      scipy/statsmodels   ratio    fits (failed)   SSE above the reference fit');
for (const [name, r] of Object.entries(results)) {
  const ours = median(r.ours);
  const theirs = median(r.theirs);
  console.log(
    `${name.padEnd(14)} ${ours.toFixed(3).padStart(8)} ms ${theirs.toFixed(3).padStart(12)} ms ${(ours / theirs).toFixed(2).padStart(9)}×   ${`${r.fits} (${r.failures})`.padEnd(15)} ${r.worse} of ${r.compared}`,
  );
}
