import { closest, distance } from 'fastest-levenshtein';

/** The nearest allowed value, when it is near enough to be a likely typo. */
export function nearest(value: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lowered = value.toLowerCase();
  const candidate = closest(lowered, [...allowed]);
  const limit = Math.max(2, Math.ceil(candidate.length / 3));
  return distance(lowered, candidate) <= limit ? candidate : undefined;
}

const LISTED_AT_MOST = 24;

/** `is not a known unit (did you mean million?); expected one of: count, thousand, …` */
export function expectedOneOf(value: string, allowed: readonly string[], what: string): string {
  const guess = nearest(value, allowed);
  const expected = allowed.length <= LISTED_AT_MOST ? `expected one of: ${allowed.join(', ')}` : `expected a ${what} listed in docs/datasets.md`;
  return `is not a known ${what}${guess ? ` (did you mean ${guess}?)` : ''}; ${expected}`;
}
