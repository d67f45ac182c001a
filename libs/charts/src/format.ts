import { format, utcFormat } from 'd3';

const SI = format('.3~s');
const GROUPED = format(',');

/** 0.417 → "41.7%" */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** An axis tick for a share: 0.2 → "20%". */
export const formatShareTick = format('.0%');

/** An axis tick for a quantity: 21500000 → "21.5M", 2e9 → "2B" (billions, not SI's giga). */
export function formatAmountTick(value: number): string {
  if (Math.abs(value) < 1000) return GROUPED(Math.round(value * 100) / 100);
  return SI(value).replace('G', 'B');
}

/** A concentration index: 5200.4 → "5,200". */
export function formatIndex(value: number): string {
  return GROUPED(Math.round(value));
}

/** A date on the time axis: "Oct 2001". */
export const formatMonthYear = utcFormat('%b %Y');
/** A full date: "2001-10-25". */
export const formatIsoDate = utcFormat('%Y-%m-%d');
