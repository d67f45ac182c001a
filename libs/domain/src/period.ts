export const GRANULARITIES = ['year', 'quarter', 'month', 'day'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A period of time as a dataset states it: its granularity is part of its meaning. */
export interface Period {
  readonly granularity: Granularity;
  /** First day of the period, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** The period as written canonically: `2001`, `2001-Q4`, `2001-10`, `2001-10-25`. */
  readonly label: string;
}

export type PeriodParseResult = { ok: true; period: Period } | { ok: false; expected: string };

const PERIOD_FORMS = 'a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD';
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function parsePeriod(text: string): PeriodParseResult {
  const value = text.trim();
  let match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    if (!yearOk(year)) return { ok: false, expected: `a year between ${MIN_YEAR} and ${MAX_YEAR}` };
    return { ok: true, period: { granularity: 'year', start: `${match[1]}-01-01`, label: value } };
  }
  match = /^(\d{4})-Q(\d)$/i.exec(value);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    if (!yearOk(year)) return { ok: false, expected: `a year between ${MIN_YEAR} and ${MAX_YEAR}` };
    if (quarter < 1 || quarter > 4) return { ok: false, expected: 'a quarter Q1 to Q4' };
    const start = `${match[1]}-${pad((quarter - 1) * 3 + 1)}-01`;
    return { ok: true, period: { granularity: 'quarter', start, label: `${match[1]}-Q${quarter}` } };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (!yearOk(year)) return { ok: false, expected: `a year between ${MIN_YEAR} and ${MAX_YEAR}` };
    if (month < 1 || month > 12) return { ok: false, expected: 'a month 01 to 12' };
    return { ok: true, period: { granularity: 'month', start: `${value}-01`, label: value } };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (!yearOk(year)) return { ok: false, expected: `a year between ${MIN_YEAR} and ${MAX_YEAR}` };
    if (month < 1 || month > 12) return { ok: false, expected: 'a month 01 to 12' };
    if (day < 1 || day > daysInMonth(year, month)) return { ok: false, expected: `a day that exists in ${match[1]}-${match[2]}` };
    return { ok: true, period: { granularity: 'day', start: value, label: value } };
  }
  return { ok: false, expected: PERIOD_FORMS };
}

/** The canonical label of a period from its start and granularity (the inverse of parsePeriod). */
export function periodLabel(start: string, granularity: Granularity): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  switch (granularity) {
    case 'year':
      return year;
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'month':
      return start.slice(0, 7);
    case 'day':
      return start.slice(0, 10);
  }
}

/** The first day after a period (exclusive end): 2001-10 → 2001-11-01, 2001-Q4 → 2002-01-01. */
export function periodEnd(start: string, granularity: Granularity): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day));
  if (granularity === 'year') next.setUTCFullYear(year + 1);
  if (granularity === 'quarter') next.setUTCMonth(month - 1 + 3);
  if (granularity === 'month') next.setUTCMonth(month);
  if (granularity === 'day') next.setUTCDate(day + 1);
  return next.toISOString().slice(0, 10);
}

/** The starts of the `count` periods after a period: 2001-Q4 → 2002-01-01, 2002-04-01, … */
export function nextPeriodStarts(start: string, granularity: Granularity, count: number): string[] {
  const starts: string[] = [];
  let current = start;
  for (let index = 0; index < count; index++) {
    current = periodEnd(current, granularity);
    starts.push(current);
  }
  return starts;
}
