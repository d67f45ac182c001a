const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** A size as people read it, in binary units like the API's limits ("98 KB", "1.5 MB"). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}

/** How much of a total is done, 0 to 1; an unknown or empty total counts as nothing done yet. */
export function progressFraction(done: number, total: number | null | undefined): number {
  if (!total || !Number.isFinite(total) || total <= 0 || !Number.isFinite(done)) return 0;
  return Math.min(1, Math.max(0, done / total));
}

/** A whole percent that reaches 100 only when everything is done. */
export function progressPercent(done: number, total: number | null | undefined): number {
  return Math.floor(progressFraction(done, total) * 100);
}

/** "1.5 MB of 3.0 MB (50%)" */
export function formatProgress(done: number, total: number): string {
  return `${formatBytes(Math.min(done, total))} of ${formatBytes(total)} (${progressPercent(done, total)}%)`;
}

const COUNT = new Intl.NumberFormat('en-US');

/** "12,345" */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** "1 row", "12,345 rows" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp in the reader's time zone, e.g. "26 Nov 2025, 02:30"; the text as given when unreadable. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date);
}
