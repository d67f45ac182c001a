// The series bench/forecast fits: every series of four or more points in datasets/, and 1,000
// generated Bass-shaped adoption series (seeded, with noise), so both implementations fit the same data.
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function datasetSeries(root) {
  const groups = new Map();
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const path = join(root, folder.name, 'observations.csv');
    let rows;
    try {
      rows = parse(readFileSync(path), { columns: true, bom: true });
    } catch {
      continue;
    }
    for (const row of rows) {
      const key = [row.product, row.metric, row.segment, row.geography, row.source].join('|');
      if (!groups.has(key)) groups.set(key, new Map());
      groups.get(key).set(row.period, Number(row.value));
    }
  }
  return [...groups.entries()]
    .map(([name, points]) => ({ name, values: [...points.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value) }))
    .filter((series) => series.values.length >= 4 && series.values.every((value) => value > 0));
}

function generatedSeries(count) {
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, index) => {
    const m = 500 + random() * 5000;
    const p = 0.005 + random() * 0.04;
    const q = 0.2 + random() * 0.5;
    const length = 10 + Math.floor(random() * 11);
    const share = (t) => (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));
    const values = Array.from({ length }, (_, t) => Math.max(1, m * (share(t + 1) - share(t)) * (1 + (random() - 0.5) * 0.2)));
    return { name: `generated-${index}`, values };
  });
}

export function benchSeries(root, generated = 1000) {
  return [...datasetSeries(root), ...generatedSeries(generated)];
}
