const MAX_MEASURES_PER_NAME = 1000;
const counts = new Map<string, number>();

/**
 * Runs `work` between two performance marks and records a measure named `name` (read them with
 * `performance.getEntriesByName(name)`), so interaction costs can be checked in a browser test.
 * Old measures of a name are dropped after a thousand, so a long session does not grow the timeline.
 */
export function timed<Result>(name: string, work: () => Result): Result {
  const timeline = globalThis.performance;
  if (typeof timeline?.mark !== 'function' || typeof timeline.measure !== 'function') return work();
  const startMark = `${name}:start`;
  timeline.mark(startMark);
  try {
    return work();
  } finally {
    const count = (counts.get(name) ?? 0) + 1;
    if (count > MAX_MEASURES_PER_NAME) timeline.clearMeasures(name);
    counts.set(name, count > MAX_MEASURES_PER_NAME ? 1 : count);
    timeline.measure(name, startMark);
    timeline.clearMarks(startMark);
  }
}
