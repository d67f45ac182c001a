import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readObservations, readProductKinds, shareFixture } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderConcentrationChart } from './concentration-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const read = (path: string): string => readFileSync(resolve(DATASETS, path), 'utf8');
const observations = readObservations(read('im-usage/observations.csv'));
const kinds = readProductKinds(read('catalog/products.csv'));
const mediaMetrix = shareFixture(observations, kinds, { metric: 'unique_users', segment: 'all', geography: 'US', source: 'mm-internetnews-2000-11' });

function render() {
  const container = document.createElement('div');
  document.body.append(container);
  const chart = renderConcentrationChart(container, { periods: mediaMetrix.concentration, label: 'Media Metrix, US', citation: 'Media Metrix via internetnews.com' }, { width: 720, height: 260 });
  return { container, chart };
}

describe('renderConcentrationChart on the Media Metrix US panel', () => {
  it('draws HHI, CR1 and CR3 for each period as the shares give them', () => {
    const { chart } = render();
    const hhi = [...chart.svg.querySelectorAll('[data-measure="hhi"] path.marker')].map((marker) => Number(marker.getAttribute('data-hhi')));
    // 1999-08: AIM 18.1 and ICQ 10.4 million → shares 63.5% and 36.5%.
    expect(hhi[0]).toBeCloseTo(0.635 ** 2 * 1e4 + 0.365 ** 2 * 1e4, -1);
    const cr1 = [...chart.svg.querySelectorAll('[data-measure="cr1"] path.marker')].map((marker) => Number(marker.getAttribute('data-cr1')));
    expect(cr1[1]).toBeCloseTo(21.5 / 51.5, 3);
  });

  it('marks a period whose shares leave products out as hollow, and says which in the tooltip', () => {
    const { container, chart } = render();
    const marker = chart.svg.querySelector<SVGPathElement>('[data-measure="hhi"] path.marker[data-period="1999-08"]')!;
    expect(marker.getAttribute('data-hollow')).toBe('true');
    expect(marker.style.fill).toBe('var(--chart-paper, #fff)');
    expect(chart.svg.querySelector<SVGPathElement>('[data-measure="hhi"] path.marker[data-period="2000-08"]')!.style.fill).toBe('');
    chart.svg.querySelector('.period-hit[data-period="1999-08"]')!.dispatchEvent(new FocusEvent('focus'));
    const tooltip = container.querySelector('.chart-tooltip')!;
    expect(tooltip.textContent).toContain('Products compared2');
    expect(tooltip.textContent).toContain('Not reported this period: Yahoo! Messenger, MSN Messenger');
    expect(tooltip.textContent).toContain('Source: Media Metrix via internetnews.com');
  });

  it('matches its snapshot', async () => {
    await expect(svgSnapshot(render().chart.svg)).toMatchFileSnapshot('./__snapshots__/media-metrix-us-concentration.svg');
  });
});
