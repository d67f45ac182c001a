import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEnd, periodLabel } from './period.js';

describe('parsePeriod', () => {
  it.each([
    ['2001', 'year', '2001-01-01'],
    ['2006-Q2', 'quarter', '2006-04-01'],
    ['2006-q4', 'quarter', '2006-10-01'],
    ['1999-08', 'month', '1999-08-01'],
    ['2001-10-25', 'day', '2001-10-25'],
    ['2000-02-29', 'day', '2000-02-29'],
  ])('reads %s as a %s starting %s', (text, granularity, start) => {
    const result = parsePeriod(text);
    expect(result).toMatchObject({ ok: true, period: { granularity, start } });
  });

  it.each([
    ['2001-02-29', 'a day that exists in 2001-02'],
    ['2001-13', 'a month 01 to 12'],
    ['2001-Q5', 'a quarter Q1 to Q4'],
    ['1850', 'a year between 1900 and 2100'],
    ['Oct 2001', 'a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD'],
    ['2005-Q4 (from 2005-10-14)', 'a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD'],
    ['', 'a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %s, expecting %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual({ ok: false, expected });
  });

  it.each(['2001', '2001-Q3', '2001-07', '2001-07-04'])('round-trips %s through periodLabel', (text) => {
    const result = parsePeriod(text);
    if (!result.ok) throw new Error(result.expected);
    expect(periodLabel(result.period.start, result.period.granularity)).toBe(text);
  });
});

describe('periodEnd', () => {
  it.each([
    ['2001-10-01', 'month', '2001-11-01'],
    ['2001-12-01', 'month', '2002-01-01'],
    ['2001-10-01', 'quarter', '2002-01-01'],
    ['2001-01-01', 'year', '2002-01-01'],
    ['2000-02-28', 'day', '2000-02-29'],
  ] as const)('ends %s (%s) before %s', (start, granularity, end) => {
    expect(periodEnd(start, granularity)).toBe(end);
  });
});
