/** Shares (0–1) of each value in the total; all zero when the total is zero. */
export function sharesOf(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => (total === 0 ? 0 : value / total));
}

/** Herfindahl–Hirschman index on the 0–10,000 scale: the sum of squared percentage shares. */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((sum, share) => sum + (share * 100) ** 2, 0);
}

/** CRn: the combined share (0–1) of the n largest. */
export function concentrationRatio(shares: readonly number[], n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, not ${n}`);
  return [...shares]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((sum, share) => sum + share, 0);
}
