/** Input checks shared by the effect estimators: programming errors throw, with messages naming the problem. */

export interface TimeSeries {
  /** Period positions, strictly increasing (e.g. months since the start); equally spaced for HAC to be right. */
  t: readonly number[];
  values: readonly number[];
}

/** What an estimator returns instead of an estimate when the data cannot support one. */
export interface InsufficientData {
  ok: false;
  warnings: string[];
}

export function checkFiniteValues(values: readonly number[], what: string): void {
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new Error(`${what} has a non-finite value at index ${i}: ${value}`);
  });
}

export function checkTimes(t: readonly number[]): void {
  checkFiniteValues(t, 't');
  for (let i = 1; i < t.length; i++) {
    const previous = t[i - 1] ?? Number.NaN;
    const current = t[i] ?? Number.NaN;
    if (!(current > previous)) throw new Error(`t must be strictly increasing; t[${i}] = ${current} follows t[${i - 1}] = ${previous}`);
  }
}

export function checkSameLength(values: readonly number[], t: readonly number[], what: string): void {
  if (values.length !== t.length) throw new Error(`${what} needs one value per t: ${t.length} times, ${values.length} values`);
}

/** eventIndex is the position of the first period at or after the event: 0..n (n means "no post period"). */
export function checkEventIndex(eventIndex: number, n: number): void {
  if (!Number.isInteger(eventIndex) || eventIndex < 0 || eventIndex > n) {
    throw new RangeError(`eventIndex must be an integer from 0 to ${n} (the number of periods); got ${eventIndex}`);
  }
}

export function checkConfidenceLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidenceLevel must lie strictly between 0 and 1; got ${level}`);
}

/** Warnings (not errors) about data too thin around the event; empty when there is enough. */
export function thinDataWarnings(method: string, eventIndex: number, n: number, minimumBefore: number, minimumAfter: number): string[] {
  const warnings: string[] = [];
  if (eventIndex < minimumBefore) {
    warnings.push(`${method} needs at least ${minimumBefore} periods before the event; got ${eventIndex}`);
  }
  if (n - eventIndex < minimumAfter) {
    const periods = minimumAfter === 1 ? 'period' : 'periods';
    warnings.push(`${method} needs at least ${minimumAfter} ${periods} from the event on; got ${n - eventIndex}`);
  }
  return warnings;
}

/** Newey–West treats rows as equally spaced; say so when t is not (relative tolerance for float times). */
export function unevenSpacingWarning(t: readonly number[]): string[] {
  if (t.length < 3) return [];
  const first = (t[1] ?? 0) - (t[0] ?? 0);
  for (let i = 2; i < t.length; i++) {
    const step = (t[i] ?? 0) - (t[i - 1] ?? 0);
    if (Math.abs(step - first) > 1e-9 * Math.abs(first)) {
      return [
        `t is not equally spaced (step ${first} at the start, ${step} before t[${i}]); ` +
          'the Newey-West standard errors treat rows as consecutive periods',
      ];
    }
  }
  return [];
}

export function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}
