import { describe, expect, it } from 'vitest';
import { readObservations, shareFixture } from './dataset-fixtures.js';

const CSV = `period,product,vendor,metric,value,unit,segment,geography,source,note
1960,Clothes dryers,Various,penetration,20,percent,all,US,x,
1960,Colour TV,Various,penetration,10,percent,all,US,x,
1960,All IM,Various,penetration,90,percent,all,US,x,
1960,AIM,AOL,penetration,30,percent,all,US,x,
1960,ICQ,AOL,penetration,10,percent,all,US,x,
`;

describe('chart fixtures use the API’s competitor rule (COMPETITOR_KINDS of libs/domain)', () => {
  it('leaves out market totals and durable goods, and counts products of unknown kind', () => {
    const kinds = new Map([['Clothes dryers', 'durable_good'], ['Colour TV', 'durable_good'], ['All IM', 'market_total'], ['AIM', 'im_client']]);
    const fixture = shareFixture(readObservations(CSV), kinds, { metric: 'penetration', segment: 'all', geography: 'US', source: 'x' });
    expect(fixture.share.series.map((series) => series.label)).toEqual(['AIM', 'ICQ']);
    expect(fixture.share.series[0]!.points[0]!.share).toBeCloseTo(0.75, 9);
  });
});
