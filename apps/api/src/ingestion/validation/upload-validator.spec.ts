import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UploadValidator, type ValidatedBatch, type ValidationContext } from './upload-validator.js';

const HEADER = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';
const CATALOG: ValidationContext['names'] = { products: [['aim', 'id:1']], vendors: [['aol', 'id:7']] };

async function validate(validator: UploadValidator, text: string, kind: 'observations' | 'vendors' | 'events', file: string): Promise<ValidatedBatch[]> {
  const batches: ValidatedBatch[] = [];
  // Small chunks: a row may straddle two of them, as it does on the wire.
  const chunks = Array.from({ length: Math.ceil(text.length / 7) }, (_, index) => Buffer.from(text.slice(index * 7, index * 7 + 7)));
  for await (const batch of validator.validate(Readable.from(chunks), kind, file)) batches.push(batch);
  return batches;
}

const total = (batches: ValidatedBatch[], key: 'rows' | 'problemCount' | 'observationRows' | 'recordRows'): number => batches.reduce((sum, batch) => sum + batch[key], 0);

describe('UploadValidator', () => {
  it('turns valid observations into COPY text keyed to the catalog', async () => {
    const validator = new UploadValidator({ names: CATALOG, sourceIds: [] });
    const batches = await validate(validator, `${HEADER}2001-09,AIM,AOL,unique_users,28.5,million,home,US,Panel,a\\tb\n2001-10,New\tChat,,unique_users,1,thousand,home,US,Panel,\n`, 'observations', 'im.csv');
    const text = batches.map((batch) => batch.observations).join('');
    expect(text.split('\n')).toEqual([
      '2\t2001-09-01\tmonth\tAIM\taim\tid:1\tAOL\taol\tunique_users\t28500000\tcount\t28.5\tmillion\thome\tUS\tPanel\ta\\\\tb',
      '3\t2001-10-01\tmonth\tNew\\tChat\tnewchat\tkey:newchat\t\\N\t\\N\tunique_users\t1000\tcount\t1\tthousand\thome\tUS\tPanel\t\\N',
      '',
    ]);
    expect(total(batches, 'rows')).toBe(2);
    expect(batches.flatMap((batch) => batch.preview).map((row) => row.line)).toEqual([2, 3]);
  });

  it('names the file, line and column of every problem, keeps the first 100 and counts them all', async () => {
    const validator = new UploadValidator({ names: CATALOG, sourceIds: [] });
    const bad = Array.from({ length: 12_000 }, (_, index) => `2001-13,P${index},V,unique_users,${index},million,home,US,Panel,\n`).join('');
    const batches = await validate(validator, HEADER + bad, 'observations', 'many.csv');
    const problems = batches.flatMap((batch) => batch.problems);
    expect(problems).toHaveLength(100);
    expect(problems[0]).toEqual({ file: 'many.csv', line: 2, column: 'period', value: '2001-13', message: expect.stringMatching(/^is not a valid date/) });
    expect(problems[99]!.line).toBe(101);
    expect(total(batches, 'problemCount')).toBe(12_000);
    // Handed over in batches (progress), with no rows to store once anything is wrong.
    expect(batches.length).toBeGreaterThan(2);
    expect(total(batches, 'observationRows')).toBe(0);
  });

  it('stops producing rows after the first problem, but keeps validating', async () => {
    const validator = new UploadValidator({ names: CATALOG, sourceIds: ['panel-2001'] });
    const batches = await validate(validator, `${HEADER}2001-09,AIM,AOL,unique_users,1,million,home,US,panel-2001,\n2001-09,ICQ,AOL,unique_users,1,million,home,US,other,\n2001-10,ICQ,AOL,unique_users,oops,million,home,US,panel-2001,\n`, 'observations', 'o.csv');
    expect(batches.flatMap((batch) => batch.problems).map((problem) => [problem.line, problem.column])).toEqual([
      [3, 'source'],
      [4, 'value'],
    ]);
    expect(total(batches, 'observationRows')).toBe(1);
  });

  it('checks events against the catalog and the upload’s own vendors', async () => {
    const validator = new UploadValidator({ names: CATALOG, sourceIds: [] });
    await validate(validator, 'name,aliases\nNewco,\n', 'vendors', 'vendors.csv');
    const events = 'date,kind,title,actors,description,source\n2001-10-25,launch,Launch,Newco;AIM,,Panel\n2001-10-26,launch,Other,Nobody,,Panel\n';
    const batches = await validate(validator, events, 'events', 'events.csv');
    expect(batches.flatMap((batch) => batch.problems)).toEqual([
      { file: 'events.csv', line: 3, column: 'actors', value: 'Nobody', message: 'is not a known vendor or product; add it to a vendors or products resource' },
    ]);
  });
});
