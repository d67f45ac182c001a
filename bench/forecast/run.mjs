#!/usr/bin/env node
// bench/forecast: the median time of one fit per model in libs/analytics against scipy/statsmodels on the
// same series (every series in datasets/ plus 1,000 generated ones), in one run.
// Usage: node bench/forecast/run.mjs   (needs /usr/bin/python3 with python3-scipy and python3-statsmodels)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bassModel, gompertzModel, holtDampedModel, logisticModel } from '../../libs/analytics/dist/index.js';
import { benchSeries } from './series.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
execFileSync('npx', ['tsc', '-b', 'libs/analytics/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const series = benchSeries(`${ROOT}/datasets`);
mkdirSync(`${ROOT}/bench/.out`, { recursive: true });
const file = `${ROOT}/bench/.out/forecast-series.json`;
writeFileSync(file, JSON.stringify(series));

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

const ours = {};
for (const [name, { model, input }] of Object.entries(models)) {
  const times = [];
  let failures = 0;
  for (const entry of series) {
    if (entry.values.length < model.minimumLength) continue;
    const values = input(entry.values);
    const started = process.hrtime.bigint();
    const fit = model.fit(values);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (fit.status !== 'converged') failures++;
  }
  ours[name] = { median: median(times), fits: times.length, failures };
}
const reference = JSON.parse(execFileSync('/usr/bin/python3', [`${ROOT}/bench/forecast/scipy_fits.py`, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

console.log(`\n${series.length} series (${series.length - 1000} from datasets/, 1000 generated); median time of one fit`);
console.log('model          Marketlens      scipy/statsmodels   ratio    fits (failed)');
for (const [name, result] of Object.entries(ours)) {
  const theirs = median(reference[name]);
  console.log(`${name.padEnd(14)} ${result.median.toFixed(3).padStart(8)} ms ${theirs.toFixed(3).padStart(12)} ms ${(result.median / theirs).toFixed(2).padStart(9)}×   ${result.fits} (${result.failures})`);
}
