/**
 * Comparison helpers for the specs (no vitest import, so this stays a pure module): the largest relative
 * difference between computed values and reference values from the fixtures.
 */

type Numbers = number | readonly Numbers[];

function flatten(values: Numbers): number[] {
  return typeof values === 'number' ? [values] : values.flatMap(flatten);
}

/** max |a − e| / |e| over paired entries (|a − e| where e is 0); throws when the shapes differ. */
export function maxRelativeDifference(actual: Numbers, expected: Numbers): number {
  const a = flatten(actual);
  const e = flatten(expected);
  if (a.length !== e.length) throw new Error(`cannot compare ${a.length} values with ${e.length} reference values`);
  return a.reduce((worst, value, i) => {
    const reference = e[i] ?? Number.NaN;
    const difference = Math.abs(value - reference) / (reference === 0 ? 1 : Math.abs(reference));
    return Number.isNaN(difference) ? Number.POSITIVE_INFINITY : Math.max(worst, difference);
  }, 0);
}

/** max |a − e| over paired entries. */
export function maxAbsoluteDifference(actual: Numbers, expected: Numbers): number {
  const a = flatten(actual);
  const e = flatten(expected);
  if (a.length !== e.length) throw new Error(`cannot compare ${a.length} values with ${e.length} reference values`);
  return a.reduce((worst, value, i) => {
    const difference = Math.abs(value - (e[i] ?? Number.NaN));
    return Number.isNaN(difference) ? Number.POSITIVE_INFINITY : Math.max(worst, difference);
  }, 0);
}
