import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.js';
import { readResource } from './read-resource.js';
import { observationsResource, type ObservationRow } from './resources/index.js';

const HEADER = 'period,product,vendor,metric,value,unit,segment,geography,source,note';

async function read(text: string) {
  const rows: ObservationRow[] = [];
  const problems: string[] = [];
  for await (const item of readResource(Readable.from([Buffer.from(text)]), observationsResource, 'im.csv')) {
    if (item.type === 'row') rows.push(item.row);
    else problems.push(formatProblem(item.problem));
  }
  return { rows, problems };
}

describe('readResource (observations)', () => {
  it('reads a row, normalizing the value and keeping what the source stated', async () => {
    const { rows, problems } = await read(`${HEADER}\n1999-08,AIM,AOL,unique_users,18.1,million,all,US,mm,"note, with comma"\n`);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      period: { granularity: 'month', start: '1999-08-01', label: '1999-08' },
      product: 'AIM',
      value: 18_100_000,
      unit: 'count',
      originalValue: 18.1,
      originalUnit: 'million',
      note: 'note, with comma',
    });
  });

  it('tolerates a BOM and CRLF line ends', async () => {
    const { rows, problems } = await read(`\uFEFF${HEADER}\r\n2001,AIM,AOL,unique_users,1,million,all,US,mm,\r\n`);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('names file, line, column, value and what was expected', async () => {
    const { problems } = await read(`${HEADER}\n2001,AIM,AOL,unique_users,1,million,all,US,mm,\n2001,AIM,AOL,unique_users,abc,milion,all,US,mm,\n`);
    expect(problems).toEqual([
      'im.csv line 3, column value: "abc" is not a number (write a plain decimal such as 18.1)',
      'im.csv line 3, column unit: "milion" is not a known unit (did you mean million?); expected one of: count, thousand, million, billion, percent, usd, usd_thousand, usd_million, usd_billion, minutes, minutes_thousand, minutes_million, minutes_billion',
    ]);
  });

  it('reports an empty file and a header without rows', async () => {
    expect((await read('')).problems).toEqual(['im.csv: is empty; expected a header line and rows']);
    expect((await read(`${HEADER}\n`)).problems).toEqual(['im.csv line 1: has a header but no rows']);
  });
});
