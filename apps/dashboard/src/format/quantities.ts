const DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Factor, word, and the size from which the word is used (1,234 stays "1,234"). */
const SCALES = [
  [1e9, 'billion', 1e9],
  [1e6, 'million', 1e6],
  [1e3, 'thousand', 1e4],
] as const;

/**
 * A value in its base unit as a reader says it: 21500000 count → "21.5 million", 35200000 usd →
 * "US$ 35.2 million", 1.2e9 minutes → "1.2 billion minutes", 940000 → "940 thousand".
 */
export function formatAmount(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  const scale = SCALES.find(([, , from]) => size >= from);
  const number = scale ? `${DECIMALS.format(size / scale[0])} ${scale[1]}` : size >= 100 ? WHOLE.format(size) : DECIMALS.format(size);
  if (unit === 'usd') return `${sign}US$ ${number}`;
  if (unit === 'minutes') return `${sign}${number} minutes`;
  if (unit === 'percent') return `${sign}${number}%`;
  return `${sign}${number}`;
}
