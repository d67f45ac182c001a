import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChartOptionError } from '../options.js';
import { readEvents, readObservations, utc } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderEffectChart, type EffectChartData, type EffectChartPoint } from './effect-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const read = (path: string): string => readFileSync(resolve(DATASETS, path), 'utf8');

/**
 * TeleGeography's US VoIP subscribers (its own panel only: other publishers' totals are not mixed in) around eBay's Skype deal (2005-09-12), with a counterfactual drawn
 * from the straight line through the points before it and a ±1.96 residual-error band: a rendering
 * fixture on real numbers, not an estimate (the API's estimators are tested in libs/analytics).
 */
function skypeDealFixture(): EffectChartData {
  const event = readEvents(read('events/events.csv')).find((candidate) => candidate.title === 'eBay to acquire Skype')!;
  const rows = readObservations(read('voip/observations.csv'))
    .filter((row) => row.product === 'US VoIP (all providers)' && row.metric === 'subscribers' && row.segment === 'all' && row.source.startsWith('telegeography-'))
    .sort((a, b) => a.start.localeCompare(b.start));
  const t = rows.map((row) => utc(row.start).getTime() / 3.15576e10);
  const before = rows.map((row, index) => ({ row, t: t[index]! })).filter(({ row }) => utc(row.start) < event.date);
  const meanT = before.reduce((sum, point) => sum + point.t, 0) / before.length;
  const meanY = before.reduce((sum, point) => sum + point.row.amount, 0) / before.length;
  const slope = before.reduce((sum, point) => sum + (point.t - meanT) * (point.row.amount - meanY), 0) / before.reduce((sum, point) => sum + (point.t - meanT) ** 2, 0);
  const fit = (time: number) => meanY + slope * (time - meanT);
  const sigma = Math.sqrt(before.reduce((sum, point) => sum + (point.row.amount - fit(point.t)) ** 2, 0) / (before.length - 2));
  const points = rows.map((row, index): EffectChartPoint => {
    const afterEvent = utc(row.start) >= event.date;
    const counterfactual = afterEvent ? fit(t[index]!) : null;
    return { date: utc(row.start), period: row.period, granularity: row.granularity, actual: row.amount, counterfactual, lower: counterfactual === null ? null : counterfactual - 1.96 * sigma, upper: counterfactual === null ? null : counterfactual + 1.96 * sigma, afterEvent, details: [`Source: ${row.source}`] };
  });
  return { points, event, label: 'US VoIP subscribers (TeleGeography) around eBay’s Skype deal', valueLabel: 'Subscribers' };
}

function render(data = skypeDealFixture()) {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, chart: renderEffectChart(container, data, { width: 720, height: 360, formatValue: (value) => `${(value / 1e6).toFixed(2)} million` }) };
}

describe('renderEffectChart', () => {
  it('draws the actual series, the counterfactual after the event, its band and the event rule', () => {
    const { chart } = render();
    expect(chart.svg.querySelectorAll('circle.effect-point')).toHaveLength(7);
    expect(chart.svg.querySelectorAll('.counterfactual path, .band .band-run').length).toBeGreaterThan(0);
    expect(chart.svg.querySelector('.event-rule')!.getAttribute('data-key')).toBeTruthy();
    expect(chart.svg.querySelector('.event-rule')!.getAttribute('display')).toBeNull();
  });

  it('gives each point’s actual, counterfactual, band and source in the tooltip', () => {
    const { container, chart } = render();
    chart.svg.querySelector('circle.effect-point[data-period="2006-Q2"]')!.dispatchEvent(new FocusEvent('focus'));
    const text = container.querySelector('.chart-tooltip')!.textContent;
    expect(text).toContain('2006-Q2 (after the event)');
    expect(text).toContain('Actual6.90 million');
    expect(text).toMatch(/95% band-?\d+\.\d\d million to \d+\.\d\d million/);
    expect(text).toContain('Source: telegeography-itfacts-2006');
  });

  it('refuses an empty series by name', () => {
    const data = { ...skypeDealFixture(), points: [] };
    expect(() => render(data)).toThrow(new ChartOptionError('points must hold at least one period, not []'));
  });

  it('matches its snapshot', async () => {
    await expect(svgSnapshot(render().chart.svg)).toMatchFileSnapshot('./__snapshots__/us-voip-skype-deal-effect.svg');
  });
});
