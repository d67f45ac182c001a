import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { FanPoint } from '../marks/fan.js';
import type { ObservedPoint } from '../marks/observed-dots.js';
import { ChartOptionError } from '../options.js';
import { readObservations, utc, type Observation } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderFanChart, type FanChartData, type FanChartOptions } from './fan-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const read = (path: string): string => readFileSync(resolve(DATASETS, path), 'utf8');
const observed = (row: Observation): ObservedPoint => ({ date: utc(row.start), period: row.period, granularity: row.granularity, value: row.amount, details: [`Source: ${row.source}`] });

/**
 * Clothes dryers (US adopters per year), as of the end of 1956: a straight-line trend through 1949–1956
 * with intervals that widen with the horizon (residual error × √h). A rendering fixture on real numbers,
 * not a model (the API's models are tested in libs/analytics).
 */
function clothesDryersAsOf1956(): FanChartData {
  const rows = readObservations(read('diffusion-classics/observations.csv')).filter((row) => row.product === 'clothes dryers (US)');
  const history = rows.filter((row) => row.start <= '1956-12-31');
  const n = history.length;
  const meanT = (n - 1) / 2;
  const meanY = history.reduce((sum, row) => sum + row.amount, 0) / n;
  const slope = history.reduce((sum, row, t) => sum + (t - meanT) * (row.amount - meanY), 0) / history.reduce((sum, _, t) => sum + (t - meanT) ** 2, 0);
  const fit = (t: number) => meanY + slope * (t - meanT);
  const sigma = Math.sqrt(history.reduce((sum, row, t) => sum + (row.amount - fit(t)) ** 2, 0) / (n - 2));
  const forecast = [1957, 1958, 1959, 1960, 1961].map((year, index): FanPoint => {
    const value = fit(n + index);
    const spread = sigma * Math.sqrt(index + 1);
    return { date: utc(`${year}-01-01`), period: String(year), granularity: 'year', value, lower80: value - 1.2816 * spread, upper80: value + 1.2816 * spread, lower95: value - 1.96 * spread, upper95: value + 1.96 * spread };
  });
  return { history: history.map(observed), actualsAfter: rows.filter((row) => row.start > '1956-12-31').map(observed), forecast, vintage: utc('1956-12-31'), label: 'Clothes dryers (US), adopters per year, as of 1956', valueLabel: 'Adopters per year' };
}

/**
 * Enterprise penetration as Osterman Research measured it, a flat forecast from its last survey with
 * intervals wider than 0–100%, and Gartner's October 2001 prediction for 2003 with the actual it is scored on.
 */
function enterprisePenetration(): FanChartData {
  const rows = readObservations(read('enterprise-im/observations.csv')).filter((row) => row.metric === 'enterprise_penetration' && row.geography === 'WW');
  const osterman = rows.filter((row) => row.source.startsWith('osterman')).sort((a, b) => a.start.localeCompare(b.start));
  const actual2003 = rows.find((row) => row.source === 'gartner-tribune-2004-04-26')!;
  const gartner = csvParse(read('enterprise-im/predictions.csv')).find((row) => row['forecaster'] === 'Gartner' && row['made_on'] === '2001-10')!;
  const forecast = ['2005-10', '2005-11', '2005-12'].map((period, index): FanPoint => ({ date: utc(`${period}-01`), period, granularity: 'month', value: 52, lower80: 52 - 18 * (index + 1), upper80: 52 + 18 * (index + 1), lower95: 52 - 25 * (index + 1), upper95: 52 + 25 * (index + 1) }));
  const prediction = { key: 'gartner-2001', date: utc('2003-01-01'), value: Number(gartner['value']), label: 'Gartner, 2001-10', actual: { date: utc(actual2003.start), value: actual2003.amount }, hit: true, lines: ['Free IM in 70% of enterprises by 2003', 'Flag: the sources note that their definitions differ.'] };
  return { history: osterman.map(observed), forecast, predictions: [prediction], label: 'All IM, enterprise penetration, WW — Osterman Research', valueLabel: 'Enterprise penetration (%)' };
}

function render(data: FanChartData, options: Partial<FanChartOptions> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, chart: renderFanChart(container, data, { width: 720, height: 380, formatValue: (value) => `${Math.round(value / 1000)} thousand`, ...options }) };
}

const percent = { formatValue: (value: number) => `${Math.round(value)}%`, valueBounds: [0, 100] as const };

describe('renderFanChart on clothes dryers as of 1956', () => {
  it('draws the history the model saw, both bands around the point forecast, the later actuals and the vintage', () => {
    const { chart } = render(clothesDryersAsOf1956());
    expect(chart.svg.querySelectorAll('circle.history-point')).toHaveLength(8);
    expect(chart.svg.querySelectorAll('circle.actual-point')).toHaveLength(5);
    expect(chart.svg.querySelectorAll('circle.forecast-point')).toHaveLength(5);
    expect(chart.svg.querySelectorAll('.fan-band-95 path, .fan-band-80 path, .forecast-line path')).toHaveLength(3);
    expect(chart.svg.querySelector('.event-rule[data-key="vintage"] .event-label')!.textContent).toBe('Vintage 1956-12-31');
    expect(chart.svg.querySelector('.clip-note')).toBeNull();
  });

  it('gives a forecast period’s point and both intervals in the tooltip, and moves along the points by keyboard', () => {
    const { container, chart } = render(clothesDryersAsOf1956());
    const first = chart.svg.querySelector<SVGCircleElement>('.fan-target[tabindex="0"]')!;
    expect(first.getAttribute('data-period')).toBe('1949');
    chart.svg.querySelector('circle.forecast-point[data-period="1959"]')!.dispatchEvent(new FocusEvent('focus'));
    const text = container.querySelector('.chart-tooltip')!.textContent;
    expect(text).toContain('1959 — forecast');
    expect(text).toMatch(/80% interval\d+ thousand to \d+ thousand/);
    expect(text).toMatch(/95% interval\d+ thousand to \d+ thousand/);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(chart.svg.querySelector('.fan-target[tabindex="0"]')!.getAttribute('data-period')).toBe('1961');
  });

  it('matches its snapshot', async () => {
    await expect(svgSnapshot(render(clothesDryersAsOf1956()).chart.svg)).toMatchFileSnapshot('./__snapshots__/clothes-dryers-as-of-1956-fan.svg');
  });
});

describe('renderFanChart on enterprise penetration with Gartner’s 2001 prediction', () => {
  it('draws the prediction and the actual it was scored on, and cuts intervals at 0–100% with a note', () => {
    const { container, chart } = render(enterprisePenetration(), percent);
    const marker = chart.svg.querySelector('.prediction[data-key="gartner-2001"]')!;
    expect(marker.querySelector('.prediction-label')!.textContent).toBe('Gartner, 2001-10');
    expect(marker.querySelector('.prediction-actual')).not.toBeNull();
    expect(chart.svg.querySelector('.clip-note')!.textContent).toContain('Intervals run past 0%–100%');
    expect(chart.svg.querySelector('.axis-y .tick:last-of-type text')!.textContent).toBe('100');
    marker.querySelector('.prediction-marker')!.dispatchEvent(new FocusEvent('focus'));
    const text = container.querySelector('.chart-tooltip')!.textContent;
    expect(text).toContain('Predicted70%');
    expect(text).toContain('Actual70%');
    expect(text).toContain('Scoredhit');
    expect(text).toContain('definitions differ');
  });

  it('matches its snapshot', async () => {
    await expect(svgSnapshot(render(enterprisePenetration(), percent).chart.svg)).toMatchFileSnapshot('./__snapshots__/enterprise-penetration-gartner-2001-fan.svg');
  });
});

describe('renderFanChart options', () => {
  it('refuses nothing to draw, an inverted interval and bad bounds, naming them', () => {
    const data = clothesDryersAsOf1956();
    expect(() => render({ ...data, history: [], forecast: [] })).toThrow(new ChartOptionError('history or forecast must hold at least one point, not both []'));
    const inverted = data.forecast.map((point, index) => (index === 2 ? { ...point, lower95: point.upper95 + 1 } : point));
    expect(() => render({ ...data, forecast: inverted })).toThrow(/^forecast\[2\] \(1959\): lower95 \d+(\.\d+)? is above upper95/);
    expect(() => render(data, { valueBounds: [100, 0] })).toThrow(new ChartOptionError('valueBounds must be two finite numbers, the first below the second, not [100,0]'));
  });
});
