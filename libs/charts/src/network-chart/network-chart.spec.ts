import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readNetwork, readProductKinds } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderNetworkChart, type NetworkChartOptions } from './network-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const read = (path: string): string => readFileSync(resolve(DATASETS, path), 'utf8');
const network = readNetwork(read('voip/partnerships.csv'), readProductKinds(read('catalog/products.csv')));

function render(options: Partial<NetworkChartOptions> = {}, data = network) {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, chart: renderNetworkChart(container, { ...data, label: 'VoIP partnerships' }, { width: 720, height: 480, ...options }) };
}

describe('renderNetworkChart on the curated VoIP partnerships', () => {
  it('draws every partner and partnership, vendors as squares and products as circles', () => {
    const { chart } = render();
    expect(chart.svg.querySelectorAll('.network-link')).toHaveLength(network.links.length);
    expect(chart.svg.querySelectorAll('.network-node')).toHaveLength(network.nodes.length);
    expect(chart.svg.querySelector('.network-node[data-id="vendor:Cisco Systems"] rect')).not.toBeNull();
    expect(chart.svg.querySelector('.network-node[data-id="product:Windows Messenger"] circle')).not.toBeNull();
    expect([...chart.svg.querySelectorAll('.legend text')].map((text) => text.textContent)).toContain('PC-to-phone termination');
  });

  it('lays out the same data the same way, and keeps placed nodes where they were', () => {
    const first = render().chart;
    const again = render().chart;
    expect(again.positions).toEqual(first.positions);
    const early = { nodes: network.nodes.filter((node) => ['vendor:Sprint', 'product:Net2Phone'].includes(node.id)), links: network.links.slice(0, 1) };
    const placed = render({}, early).chart.positions;
    const grown = render({ positions: placed }).chart.positions;
    for (const [id, position] of placed) expect(grown.get(id)).toEqual(position);
    expect(grown.size).toBe(network.nodes.length);
  });

  it('reports a click on a link or a node, Enter on a focused node, and a click on the background', () => {
    const onSelect = vi.fn();
    const { chart } = render({ onSelect });
    chart.svg.querySelector('.network-link[data-id="13"] line.visible')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    chart.svg.querySelector('.network-node[data-id="vendor:TELUS"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    chart.svg.querySelector('.network-background')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect.mock.calls).toEqual([[{ kind: 'link', id: '13' }], [{ kind: 'node', id: 'vendor:TELUS' }], [null]]);
  });

  it('says what a link is in its tooltip', () => {
    const { container, chart } = render();
    chart.svg.querySelector('.network-link[data-id="16"]')!.dispatchEvent(new FocusEvent('focus'));
    const text = container.querySelector('.chart-tooltip')!.textContent;
    expect(text).toContain('Genuity → Dialpad');
    expect(text).toContain('network carriage');
    expect(text).toContain('2001-10-11');
  });

  it('matches its snapshot, with a link selected', async () => {
    await expect(svgSnapshot(render({ selected: { kind: 'link', id: '9' } }).chart.svg)).toMatchFileSnapshot('./__snapshots__/voip-partnerships-network.svg');
  });
});
