import { describe, expect, it } from 'vitest';
import { networkCsv, toNetworkChartData, type Network } from './network-data';

const NETWORK: Network = {
  firstDate: '1999-04-01',
  lastDate: '2005-09-01',
  nodes: [
    { id: 'vendor:19', name: 'Genuity', type: 'vendor' },
    { id: 'product:23', name: 'Dialpad', type: 'voip_service' },
  ],
  links: [
    {
      id: '16',
      from: 'vendor:19',
      to: 'product:23',
      kind: 'network_carriage',
      date: '2001-10-11',
      start: '2001-10-11',
      description: '=Dialpad terminates on Genuity, "Global VoIP Direct"',
      note: null,
      source: { id: '3', title: 'RealTime IT News, "IM Wars Set to Re-Ignite?"', url: 'http://www.internetnews.com/bus-news/article.php/901901/', publisher: 'RealTime IT News', published: '2001-10', note: null },
    },
  ],
};

describe('network data', () => {
  it('gives the chart its nodes and links, descriptions included', () => {
    expect(toNetworkChartData(NETWORK, 'label').links).toEqual([{ id: '16', from: 'vendor:19', to: 'product:23', kind: 'network_carriage', date: '2001-10-11', description: '=Dialpad terminates on Genuity, "Global VoIP Direct"' }]);
  });

  it('exports every shown partnership with both parties, kind, date and citation, formula-safe', () => {
    const [header, row] = networkCsv(NETWORK).trimEnd().split('\r\n');
    expect(header).toBe('from,from_type,to,to_type,kind,date,start,description,note,source,source_url');
    expect(row).toBe(`Genuity,vendor,Dialpad,voip_service,network_carriage,2001-10-11,2001-10-11,"'=Dialpad terminates on Genuity, ""Global VoIP Direct""",,"RealTime IT News, 2001-10 — RealTime IT News, ""IM Wars Set to Re-Ignite?""",http://www.internetnews.com/bus-news/article.php/901901/`);
  });
});
