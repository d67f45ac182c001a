import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatProgress, formatWhen, plural, progressFraction, progressPercent } from './numbers';

describe('formatBytes', () => {
  it('uses binary units like the API’s limits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(100_000)).toBe('98 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });

  it('shows a dash for nonsense', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('progress', () => {
  it('is a fraction of the total, clamped to 0–1', () => {
    expect(progressFraction(50, 200)).toBe(0.25);
    expect(progressFraction(300, 200)).toBe(1);
    expect(progressFraction(-5, 200)).toBe(0);
  });

  it('counts an unknown or empty total as nothing done', () => {
    expect(progressFraction(10, 0)).toBe(0);
    expect(progressFraction(10, null)).toBe(0);
    expect(progressFraction(10, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('reaches 100% only when everything is sent', () => {
    expect(progressPercent(999, 1000)).toBe(99);
    expect(progressPercent(1000, 1000)).toBe(100);
  });

  it('reads as sent of total', () => {
    expect(formatProgress(1.5 * 1024 * 1024, 3 * 1024 * 1024)).toBe('1.5 MB of 3.0 MB (50%)');
    expect(formatProgress(2048, 1024)).toBe('1.0 KB of 1.0 KB (100%)');
  });
});

describe('counts and dates', () => {
  it('groups thousands and pluralizes', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(plural(1, 'row')).toBe('1 row');
    expect(plural(2500, 'row')).toBe('2,500 rows');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('formats a timestamp in the reader’s zone (UTC in tests)', () => {
    expect(formatWhen('2025-11-26T02:30:00.000Z')).toBe('26 Nov 2025, 02:30');
    expect(formatWhen('not a date')).toBe('not a date');
  });
});
