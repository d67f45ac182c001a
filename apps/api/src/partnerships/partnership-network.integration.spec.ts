import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSeeder } from '../datasets/dataset-seeder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets', import.meta.url));
const NETWORK = `query($at: String, $kinds: [PartnershipKind!]) {
  partnershipNetwork(at: $at, kinds: $kinds) { firstDate lastDate nodes { id name type } links { from to kind date source { title } } }
}`;

interface Network {
  firstDate: string;
  lastDate: string;
  nodes: Array<{ id: string; name: string; type: string }>;
  links: Array<{ from: string; to: string; kind: string; date: string; source: { title: string } }>;
}

describe('the VoIP partnership network', () => {
  let database: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await api.app.get(DatasetSeeder).seed(DATASETS, pino({ level: 'silent' }));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const network = async (variables: Record<string, unknown> = {}) => (await api.graphql<{ partnershipNetwork: Network }>(NETWORK, variables)).data!.partnershipNetwork;
  const names = (result: Network, link: Network['links'][number]) => [link.from, link.to].map((id) => result.nodes.find((node) => node.id === id)!.name);

  it('holds the seed article’s PC-to-phone partners of Windows Messenger, each cited', async () => {
    const all = await network();
    const termination = all.links.filter((link) => link.kind === 'pc_to_phone_termination').map((link) => names(all, link).join(' – '));
    for (const partner of ['Callserve', 'deltathree', 'Dialpad', 'Net2Phone', 'TELUS']) {
      expect(termination).toContain(`${partner} – Windows Messenger`);
    }
    expect(all.links.every((link) => link.source.title.length > 0)).toBe(true);
  });

  it('shows only what existed at a date', async () => {
    const all = await network();
    const before = await network({ at: '2001-01-01' });
    expect(before.links.length).toBeLessThan(all.links.length);
    expect(before.links.every((link) => link.date <= '2001-01-01')).toBe(true);
    expect(all.firstDate <= all.lastDate).toBe(true);
  });

  it('filters by kind', async () => {
    const gear = await network({ kinds: ['equipment_supply'] });
    expect(gear.links.length).toBeGreaterThan(0);
    expect(new Set(gear.links.map((link) => link.kind))).toEqual(new Set(['equipment_supply']));
    expect(gear.nodes.some((node) => node.name.startsWith('Cisco'))).toBe(true);
  });
});
