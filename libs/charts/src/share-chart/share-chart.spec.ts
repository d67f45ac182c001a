import { describe, expect, it } from 'vitest';
import { ChartOptionError } from '../options.js';
import { renderShareChart, type ShareChartData } from './share-chart.js';

const point = (period: string, share: number, value: string) => ({ date: new Date(`${period}-01T00:00:00Z`), period, share, value, details: [] });

const DATA: ShareChartData = {
  label: 'Unique users at home, US',
  citation: 'Jupiter Media Metrix release, 2001-11-14',
  periods: ['2000-09', '2001-09'],
  series: [
    { key: '1', label: 'AIM', color: '#4e79a7', points: [point('2000-09', 0.6, '30 million'), point('2001-09', 0.64, '32 million')] },
    { key: '2', label: '<img src=x onerror=alert(1)>', color: '#f28e2b', points: [point('2000-09', 0.4, '20 million')] },
  ],
};

function render(data = DATA) {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, chart: renderShareChart(container, data, { width: 640, height: 360 }) };
}

describe('renderShareChart', () => {
  it('draws one dot per measurement with its share, and lines only between measured periods', () => {
    const { chart } = render();
    const dots = [...chart.svg.querySelectorAll('circle.point')].map((dot) => [dot.getAttribute('data-key'), dot.getAttribute('data-period'), dot.getAttribute('data-share')]);
    expect(dots.sort()).toEqual([
      ['1', '2000-09', '0.600000'],
      ['1', '2001-09', '0.640000'],
      ['2', '2000-09', '0.400000'],
    ]);
    expect(chart.svg.querySelectorAll('.series[data-key="1"] path')).toHaveLength(1);
    expect(chart.svg.querySelectorAll('.series[data-key="2"] path')).toHaveLength(0);
  });

  it('places a larger share higher', () => {
    const { chart } = render();
    const cy = (period: string, key: string) => Number(chart.svg.querySelector(`circle[data-key="${key}"][data-period="${period}"]`)!.getAttribute('cy'));
    expect(cy('2000-09', '1')).toBeLessThan(cy('2000-09', '2'));
  });

  it('shows value, share and citation on focus, with markup-looking labels as plain text', () => {
    const { container, chart } = render();
    const dot = chart.svg.querySelector('circle[data-key="2"]')!;
    dot.dispatchEvent(new FocusEvent('focus'));
    const tooltip = container.querySelector('.chart-tooltip') as HTMLElement;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('<img src=x onerror=alert(1)> — 2000-09');
    expect(tooltip.textContent).toContain('20 million');
    expect(tooltip.textContent).toContain('40.0%');
    expect(tooltip.textContent).toContain('Source: Jupiter Media Metrix release, 2001-11-14');
    expect(tooltip.querySelector('img')).toBeNull();
    dot.dispatchEvent(new FocusEvent('blur'));
    expect(tooltip.hidden).toBe(true);
  });

  it('writes each value beside its dot when the view has 3 periods or fewer, labels of one period apart', () => {
    const { chart } = render();
    const labels = [...chart.svg.querySelectorAll('g.period-dots[data-period="2000-09"] text.value-label')];
    expect(labels.map((label) => label.textContent)).toEqual(['60.0%', '40.0%']);
    const ys = labels.map((label) => Number(label.getAttribute('y')));
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(13);
    expect(chart.svg.querySelector('circle.point[data-key="1"][data-period="2000-09"]')!.getAttribute('aria-label')).toBe('AIM, 2000-09: 60.0%');
  });

  it('draws lines with a dash pattern per series (not colour alone) and marks a gap between reported periods', () => {
    const gappy: ShareChartData = {
      ...DATA,
      periods: ['2000-01', '2000-02', '2000-03', '2000-04'],
      series: [{ key: '1', label: 'AIM', color: '#4e79a7', points: ['2000-01', '2000-02', '2000-04'].map((period) => ({ ...point(period, 0.5, '1'), granularity: 'month' as const })) }, { key: '2', label: 'ICQ', color: '#f28e2b', points: ['2000-01', '2000-02'].map((period) => ({ ...point(period, 0.5, '1'), granularity: 'month' as const })) }],
    };
    const chart = renderShareChart(document.createElement('div'), gappy, { width: 640, height: 360, layout: 'lines' });
    expect(chart.svg.querySelectorAll('.series[data-key="1"] path.run')).toHaveLength(1);
    expect(chart.svg.querySelectorAll('.series[data-key="1"] path.gap')).toHaveLength(1);
    expect(chart.svg.querySelector('.series[data-key="1"] path.run')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(chart.svg.querySelector('.series[data-key="2"] path.run')!.getAttribute('stroke-dasharray')).toBe('7 3');
    expect(chart.svg.querySelectorAll('text.value-label')).toHaveLength(0);
  });

  it('gives stacked bands a texture besides their colour, the same in the legend', () => {
    const chart = renderShareChart(document.createElement('div'), DATA, { width: 640, height: 360, layout: 'stacked' });
    const texture = chart.svg.querySelector('.stacked-area [data-key="2"] .texture')!.getAttribute('fill')!;
    expect(texture).toMatch(/^url\(#share-pattern-\d+-1\)$/);
    expect(chart.svg.querySelector(`pattern#${texture.slice(5, -1)}`)).not.toBeNull();
    expect(chart.svg.querySelector('.legend-item[data-key="2"] .swatch-pattern')!.getAttribute('fill')).toBe(texture);
    expect(chart.svg.querySelector('.stacked-area [data-key="1"] .texture')).toBeNull();
  });

  it('lists every product in the legend', () => {
    const { chart } = render();
    expect([...chart.svg.querySelectorAll('.legend-item text')].map((text) => text.textContent)).toEqual(['AIM', '<img src=x onerror=alert(1)>']);
  });

  it('names a bad option and its value', () => {
    const container = document.createElement('div');
    expect(() => renderShareChart(container, DATA, { width: -5, height: 300 })).toThrow(new ChartOptionError('width must be a positive number, not -5'));
  });

  it('removes everything it added', () => {
    const { container, chart } = render();
    chart.destroy();
    expect(container.children).toHaveLength(0);
  });
});
