import { describe, expect, it } from 'vitest';
import { chartShell } from './chart-shell.js';
import { exportableSvg } from './export.js';

function shell(width?: number) {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 500 });
  document.body.append(container);
  const made = chartShell(container, {
    className: 'test-chart',
    ...(width === undefined ? {} : { width }),
    height: 300,
    margin: { top: 20, right: 20, bottom: 30, left: 40 },
    title: 'Shares over time',
    description: 'AIM and ICQ, 2 periods.',
    legend: { items: [{ key: 'a', label: 'AIM', color: '#4e79a7' }] },
  });
  return { container, made };
}

describe('chartShell', () => {
  it('sizes the SVG to its container when no width is given, and margins the plot', () => {
    const { made } = shell();
    expect(made.svg.attr('width')).toBe('500');
    expect(made.frame.innerWidth).toBe(440);
    expect(made.plot.attr('transform')).toBe('translate(40,20)');
    expect(shell(700).made.svg.attr('viewBox')).toBe('0 0 700 300');
  });

  it('names and describes the chart for assistive technology', () => {
    const svg = shell().made.svg.node()!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!.textContent).toBe('Shares over time');
    expect(svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)!.textContent).toBe('AIM and ICQ, 2 periods.');
  });

  it('mounts into its container and destroy() removes all it added', () => {
    const { container, made } = shell();
    const chart = made.mount();
    expect(container.querySelector('svg.test-chart')).toBe(chart.svg);
    expect(container.querySelector('.chart-tooltip')).not.toBeNull();
    chart.destroy();
    expect(container.children).toHaveLength(0);
  });

  it('exports with the title above, the source and date under, and without controls or tab stops', () => {
    const { made } = shell();
    made.plot.append('circle').attr('tabindex', 0);
    made.controls().append('g').attr('transform', 'translate(40,200)').append('text').text('Drag here to zoom the time axis');
    const exported = exportableSvg(made.mount().svg, { title: 'Shares over time, Media Metrix', lines: ['Source: Media Metrix, 2000-11'], date: new Date('2026-11-30T10:00:00Z') });
    const doc = new DOMParser().parseFromString(exported.text, 'image/svg+xml');
    const texts = [...doc.documentElement.children].filter((child) => child.localName === 'text').map((text) => text.textContent);
    expect(texts).toEqual(['Shares over time, Media Metrix', 'Source: Media Metrix, 2000-11', 'Exported 2026-11-30']);
    expect(exported.text).not.toContain('Drag here');
    expect(exported.text).not.toContain('tabindex');
    expect(doc.querySelector('parsererror')).toBeNull();
    // The brush strip's rows are cut out: the chart is shorter than drawn, the title and lines are added.
    expect(exported.height).toBeLessThan(300 + 26 + 3 * 15);
  });
});
