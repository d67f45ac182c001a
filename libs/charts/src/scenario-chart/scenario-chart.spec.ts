import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChartOptionError } from '../options.js';
import { readObservations, utc } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderScenarioChart, type ScenarioChartData } from './scenario-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const colourTvs = readObservations(readFileSync(resolve(DATASETS, 'diffusion-classics/observations.csv'), 'utf8')).filter((row) => row.product === 'color television sets (US)');

/** Bass adopters per period: m·[F(t) − F(t−1)], F(t) = (1 − e^−(p+q)t) / (1 + (q/p)·e^−(p+q)t). */
const share = (t: number, p: number, q: number): number => (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));
const adopters = (t: number, m: number, p: number, q: number): number => m * (share(t, p, q) - share(t - 1, p, q));

/** Colour TVs (US adopters per year, 1963–70) against a Bass curve to 1975, with a level change of +1 million from 1966. */
function colourTvScenario(q = 0.55, levelChange: number | null = 1e6): ScenarioChartData {
  const years = Array.from({ length: 13 }, (_, index) => 1963 + index);
  const effectFrom = utc('1966-01-01');
  const points = years.map((year, index) => {
    const baseline = adopters(index + 1, 45e6, 0.02, q);
    const date = utc(`${year}-01-01`);
    return { date, period: String(year), actual: colourTvs.find((row) => row.period === String(year))?.amount ?? null, baseline, withEffect: levelChange === null ? null : baseline + (date >= effectFrom ? levelChange : 0) };
  });
  return { points, effect: levelChange === null ? null : { key: 'effect', date: effectFrom, title: 'Effect from 1966-01-01', lines: ['Level change +1 million'] }, label: 'Colour TVs (US), adopters per year: Bass scenario', valueLabel: 'Adopters per year' };
}

function render(data = colourTvScenario()) {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, chart: renderScenarioChart(container, data, { width: 720, height: 340, formatValue: (value) => `${(value / 1e6).toFixed(2)} million` }) };
}

describe('renderScenarioChart on colour TVs', () => {
  it('draws the Bass curve, the curve with the effect, the measured years and the effect’s rule', () => {
    const { chart } = render();
    expect(chart.svg.querySelectorAll('.baseline-curve path')).toHaveLength(1);
    expect(chart.svg.querySelectorAll('.effect-curve path')).toHaveLength(1);
    expect(chart.svg.querySelectorAll('.measured-points circle')).toHaveLength(8);
    expect(chart.svg.querySelector('.event-rule[data-key="effect"]')).not.toBeNull();
    expect([...chart.svg.querySelectorAll('.legend text')].map((text) => text.textContent)).toEqual(['Bass curve (m, p, q as set)', 'With the bundling effect', 'Measured']);
  });

  it('redraws a different curve for a different q, and leaves the effect out when there is none', () => {
    const before = render().chart.svg.querySelector('.baseline-curve path')!.getAttribute('d');
    const after = render(colourTvScenario(0.3, null)).chart;
    expect(after.svg.querySelector('.baseline-curve path')!.getAttribute('d')).not.toBe(before);
    expect(after.svg.querySelectorAll('.effect-curve path')).toHaveLength(0);
    expect(after.svg.querySelector('.event-rule')).toBeNull();
  });

  it('says a period’s curve, effect and measurement in the tooltip', () => {
    const { container, chart } = render();
    chart.svg.querySelector('.scenario-period[data-period="1967"]')!.dispatchEvent(new FocusEvent('focus'));
    const text = container.querySelector('.chart-tooltip')!.textContent;
    expect(text).toMatch(/^1967Bass curve\d+\.\d\d millionWith the effect\d+\.\d\d millionMeasured5\.78 million$/);
  });

  it('refuses an empty scenario and a curve that is not a number', () => {
    expect(() => render({ ...colourTvScenario(), points: [] })).toThrow(new ChartOptionError('points must hold at least one period, not []'));
    const broken = colourTvScenario();
    expect(() => render({ ...broken, points: broken.points.map((point, index) => (index === 3 ? { ...point, baseline: Number.NaN } : point)) })).toThrow(/^points\[3\] \(1966\) must have a finite baseline/);
  });

  it('matches its snapshot', async () => {
    await expect(svgSnapshot(render().chart.svg)).toMatchFileSnapshot('./__snapshots__/colour-tv-bass-scenario.svg');
  });
});
