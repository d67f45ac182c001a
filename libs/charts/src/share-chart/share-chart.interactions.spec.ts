import { describe, expect, it, vi } from 'vitest';
import { ChartOptionError } from '../options.js';
import { renderShareChart, type ShareChartData, type ShareChartOptions } from './share-chart.js';

const month = (period: string, share: number, amount: number) => ({
  date: new Date(`${period}-01T00:00:00Z`),
  period,
  granularity: 'month' as const,
  share,
  amount,
  value: `${amount / 1e6} million`,
  details: [],
});

/** Three adjacent months and a lone one; Yahoo! Messenger is not reported in 2001-03. */
const DATA: ShareChartData = {
  label: 'Unique users at home, US',
  citation: 'Jupiter Media Metrix, 2001-11-14',
  periods: ['2001-01', '2001-02', '2001-03', '2001-09'],
  amountLabel: 'Unique users',
  series: [
    { key: 'aim', label: 'AIM', color: '#4e79a7', points: [month('2001-01', 0.6, 30e6), month('2001-02', 0.55, 33e6), month('2001-03', 1, 35e6), month('2001-09', 0.5, 36e6)] },
    { key: 'yahoo', label: 'Yahoo! Messenger', color: '#f28e2b', points: [month('2001-01', 0.4, 20e6), month('2001-02', 0.45, 27e6), month('2001-09', 0.5, 36e6)] },
  ],
  events: [{ key: '9', date: new Date('2001-10-25T00:00:00Z'), title: 'Windows XP launches with Windows Messenger bundled', lines: ['2001-10-25', 'Source: seed'] }],
  incomplete: [{ date: new Date('2001-03-01T00:00:00Z'), period: '2001-03', granularity: 'month', missing: ['Yahoo! Messenger'], compared: 1 }],
};

function render(options: Partial<ShareChartOptions> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const chart = renderShareChart(container, DATA, { width: 720, height: 440, ...options });
  const tooltip = () => container.querySelector('.chart-tooltip') as HTMLElement;
  return { container, chart, tooltip };
}

describe('renderShareChart layouts and measures', () => {
  it('stacks bands over adjacent months and draws a lone month as a column', () => {
    const { chart } = render({ layout: 'stacked' });
    expect(chart.svg.querySelectorAll('.stacked-area .series[data-key="aim"] path.run')).toHaveLength(1);
    expect(chart.svg.querySelectorAll('.stacked-area .columns [data-key="aim"] rect.column')).toHaveLength(1);
    // Yahoo! Messenger's band stops at 2001-02: March was not reported.
    expect(chart.svg.querySelectorAll('.stacked-area .series[data-key="yahoo"] path.run')).toHaveLength(1);
    const cy = (key: string) => Number(chart.svg.querySelector(`circle[data-key="${key}"][data-period="2001-01"]`)!.getAttribute('cy'));
    expect(cy('yahoo')).toBeLessThan(cy('aim'));
  });

  it('draws values on their own axis, and leaves hidden series out', () => {
    const { chart } = render({ measure: 'amount', hidden: ['yahoo'] });
    expect(chart.svg.querySelector('.axis-y .axis-label')!.textContent).toBe('Unique users');
    expect(chart.svg.querySelectorAll('circle.point[data-key="yahoo"]')).toHaveLength(0);
    expect(chart.svg.querySelector('.legend-item[data-key="yahoo"] text')!.getAttribute('text-decoration')).toBe('line-through');
  });

  it('lets lines rise to the largest share, or span 0–100% when two charts are read side by side', () => {
    const topTick = (options: Partial<ShareChartOptions>) => [...render(options).chart.svg.querySelectorAll('.axis-y .tick text')].at(-1)!.textContent;
    expect(topTick({ hidden: ['aim'] })).toBe('60%');
    expect(topTick({ hidden: ['aim'], fullShareAxis: true })).toBe('100%');
    expect(topTick({ layout: 'stacked', hidden: ['aim'] })).toBe('100%');
  });

  it('names bad options and their values', () => {
    const container = document.createElement('div');
    expect(() => renderShareChart(container, DATA, { width: 600, height: 400, layout: 'bars' as never })).toThrow(new ChartOptionError('layout must be one of "lines", "stacked", not "bars"'));
    expect(() => renderShareChart(container, DATA, { width: 600, height: 400, zoom: [new Date('2002-01-01'), new Date('2001-01-01')] })).toThrow(/zoom must be two dates, the first before the second, not \["2002-01-01","2001-01-01"\]/);
    const noAmount = { ...DATA, series: [{ ...DATA.series[0]!, points: [{ ...DATA.series[0]!.points[0]!, amount: undefined }] }] };
    expect(() => renderShareChart(container, noAmount, { width: 600, height: 400, measure: 'amount' })).toThrow('measure "amount" needs every point\'s amount; AIM 2001-01 has undefined');
  });
});

describe('renderShareChart interactions', () => {
  it('toggles a series from its legend item by click or keyboard', () => {
    const onToggleSeries = vi.fn();
    const { chart } = render({ onToggleSeries });
    const toggle = chart.svg.querySelector('.legend-item[data-key="yahoo"] .legend-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    toggle.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onToggleSeries.mock.calls).toEqual([['yahoo'], ['yahoo']]);
  });

  it('moves keyboard focus along a series and across series with the arrow keys, the tooltip following', () => {
    const { chart, tooltip } = render();
    const first = chart.svg.querySelector<SVGCircleElement>('circle.point')!;
    expect([...chart.svg.querySelectorAll('circle.point')].filter((dot) => dot.getAttribute('tabindex') === '0')).toEqual([first]);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement!.getAttribute('data-period')).toBe('2001-02');
    expect(tooltip().textContent).toContain('AIM — 2001-02');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement!.getAttribute('data-key')).toBe('yahoo');
    expect(tooltip().textContent).toContain('Yahoo! Messenger — 2001-02');
    expect(tooltip().textContent).toContain('Source: Jupiter Media Metrix, 2001-11-14');
  });

  it('shows an event’s title and description, and which products a period leaves out', () => {
    const { chart, tooltip } = render({ domain: [new Date('2000-12-01T00:00:00Z'), new Date('2002-01-01T00:00:00Z')] });
    chart.svg.querySelector('.event-marker')!.dispatchEvent(new FocusEvent('focus'));
    expect(tooltip().textContent).toContain('Windows XP launches with Windows Messenger bundled');
    expect(tooltip().textContent).toContain('2001-10-25');
    chart.svg.querySelector('.missing-mark')!.dispatchEvent(new FocusEvent('focus'));
    expect(tooltip().textContent).toContain('2001-03: shares among 1 products');
    expect(tooltip().textContent).toContain('Not reported this period: Yahoo! Messenger');
  });

  it('zooms to the given span, hiding events outside it, and reports a keyboard zoom', () => {
    const onZoom = vi.fn();
    const zoom = [new Date('2001-01-01T00:00:00Z'), new Date('2001-04-01T00:00:00Z')] as const;
    const { chart } = render({ zoom, onZoom, domain: [new Date('2000-12-01T00:00:00Z'), new Date('2002-01-01T00:00:00Z')] });
    expect(chart.svg.querySelector('.event-rule')!.getAttribute('display')).toBe('none');
    const brush = chart.svg.querySelector('.brush')!;
    brush.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onZoom).toHaveBeenLastCalledWith(null);
    expect(chart.svg.querySelector('.event-rule')!.getAttribute('display')).toBeNull();
    brush.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
    const [start, end] = onZoom.mock.lastCall![0] as [Date, Date];
    expect(start.getTime()).toBeGreaterThan(new Date('2000-12-01T00:00:00Z').getTime());
    expect(end.getTime()).toBeLessThan(new Date('2002-01-01T00:00:00Z').getTime());
  });

  it('records a performance measure for every tooltip shown', () => {
    performance.clearMeasures('marketlens:tooltip-frame');
    const { chart } = render();
    chart.svg.querySelector('circle.point')!.dispatchEvent(new FocusEvent('focus'));
    expect(performance.getEntriesByName('marketlens:tooltip-frame')).toHaveLength(1);
  });
});
