import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvents, readObservations, readProductKinds, shareFixture } from '../testing/dataset-fixtures.js';
import { svgSnapshot } from '../testing/svg-snapshot.js';
import { renderShareChart } from './share-chart.js';

const DATASETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../datasets');
const read = (path: string): string => readFileSync(resolve(DATASETS, path), 'utf8');
const observations = readObservations(read('im-usage/observations.csv'));
const kinds = readProductKinds(read('catalog/products.csv'));
const events = readEvents(read('events/events.csv'));

function render(...args: Parameters<typeof shareFixture>) {
  return (options: Omit<Parameters<typeof renderShareChart>[2], 'width' | 'height'> = {}) => {
    const container = document.createElement('div');
    return renderShareChart(container, shareFixture(...args).share, { width: 720, height: 440, ...options }).svg;
  };
}

describe('share chart snapshots on the curated IM usage data', () => {
  const mediaMetrix = render(observations, kinds, { metric: 'unique_users', segment: 'all', geography: 'US', source: 'mm-internetnews-2000-11' }, events);
  const jupiterHome = render(observations, kinds, { metric: 'unique_users', segment: 'home', geography: 'US', source: 'jmm-2001-11-14' }, events);

  it('Media Metrix, US: lines, with the 1999 periods that lack MSN Messenger and Yahoo! Messenger marked', async () => {
    await expect(svgSnapshot(mediaMetrix({ layout: 'lines' }))).toMatchFileSnapshot('./__snapshots__/media-metrix-us-lines.svg');
  });

  it('Jupiter Media Metrix at home, 2000–2002: stacked, with the Windows XP launch on the axis', async () => {
    const domain = [new Date('2000-06-01T00:00:00Z'), new Date('2002-06-01T00:00:00Z')] as const;
    await expect(svgSnapshot(jupiterHome({ layout: 'stacked', domain }))).toMatchFileSnapshot('./__snapshots__/jupiter-home-stacked-events.svg');
  });

  it('Jupiter Media Metrix at home: absolute values, MSN Messenger hidden', async () => {
    const msn = 'MSN Messenger';
    await expect(svgSnapshot(jupiterHome({ layout: 'lines', measure: 'amount', hidden: [msn] }))).toMatchFileSnapshot('./__snapshots__/jupiter-home-values-msn-hidden.svg');
  });
});
