import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { METRICS, SEGMENTS, UNITS, baseUnitOf, METRIC_BASE_UNIT } from '@marketlens/domain';
import { readResource } from './read-resource.js';
import { observationsResource, type ObservationRow } from './resources/index.js';

const HEADER = ['period', 'product', 'vendor', 'metric', 'value', 'unit', 'segment', 'geography', 'source', 'note'];

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function readAll(input: Buffer | string, file = 'input.csv') {
  const rows: ObservationRow[] = [];
  const problems: string[] = [];
  for await (const item of readResource(Readable.from([Buffer.from(input)]), observationsResource, file)) {
    if (item.type === 'row') rows.push(item.row);
    else problems.push(item.problem.message);
  }
  return { rows, problems };
}

// Text a researcher might type: any printable characters (quotes, commas, newlines, markup, formulas,
// non-Latin scripts), without surrounding spaces (fields are trimmed) and without NUL.
const text = fc
  .string({ unit: fc.oneof(fc.constantFrom(',', '"', '\n', '\r\n', '<', '=', '+', '@', ';'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
  .map((value) => value.split(String.fromCharCode(0)).join('').trim())
  .filter((value) => value.length > 0);

const row = fc
  .record({
    year: fc.integer({ min: 1990, max: 2010 }),
    month: fc.integer({ min: 1, max: 12 }),
    product: text,
    vendor: fc.option(text, { nil: null }),
    metric: fc.constantFrom(...METRICS.filter((metric) => METRIC_BASE_UNIT[metric] === 'count' && metric !== 'net_additions')),
    value: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    unit: fc.constantFrom(...UNITS.filter((unit) => baseUnitOf(unit) === 'count')),
    segment: fc.constantFrom(...SEGMENTS),
    geography: fc.constantFrom('US', 'WW', 'NA', 'PL', 'MM12'),
    source: text,
    note: fc.option(text, { nil: null }),
  });

describe('readResource, property-based', () => {
  it('reads back exactly what was written (round trip through RFC 4180 CSV)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), async (rows, newline) => {
        const lines = rows.map((r) =>
          [`${r.year}-${String(r.month).padStart(2, '0')}`, r.product, r.vendor ?? '', r.metric, String(r.value), r.unit, r.segment, r.geography, r.source, r.note ?? '']
            .map(csvField)
            .join(','),
        );
        const { rows: read, problems } = await readAll([HEADER.join(','), ...lines].join(newline) + newline);
        expect(problems).toEqual([]);
        expect(read.map((r) => [r.period.label, r.product, r.vendor, r.metric, r.originalValue, r.originalUnit, r.segment, r.geography, r.source, r.note])).toEqual(
          rows.map((r) => [`${r.year}-${String(r.month).padStart(2, '0')}`, r.product, r.vendor, r.metric, r.value, r.unit, r.segment, r.geography, r.source, r.note]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never throws or hangs on arbitrary bytes, CSV or JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom('input.csv', 'input.json'), async (bytes, file) => {
        const { rows, problems } = await readAll(Buffer.from(bytes), file);
        // Whatever the input, the reader finishes and says something: rows, or at least one problem.
        expect(rows.length + problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 20_000 },
    );
  });

  it('never throws on arbitrary rows under a valid header', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', '1', '.', ',', '"', '\n', '-', 'e', ' ', '\u0000', 'é'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { maxLength: 12 }), { maxLength: 10 }), async (records) => {
        const body = records.map((fields) => fields.join(',')).join('\n');
        const { rows, problems } = await readAll(`${HEADER.join(',')}\n${body}`);
        // A header without rows is itself a problem, so the reader always says something.
        expect(rows.length + problems.length).toBeGreaterThan(0);
        for (const row of rows) expect(Number.isFinite(row.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
