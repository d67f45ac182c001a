import { describe, expect, it } from 'vitest';
import { interruptedTimeSeries } from './its.js';

const months = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
const line = (t: number[], eventIndex: number) => t.map((time, i) => 5 + 0.5 * time + (i >= eventIndex ? 2 : 0) + Math.sin(3 * time));

describe('interrupted time series with data too thin for an estimate', () => {
  it('declines with fewer than 3 periods before the event', () => {
    const t = months(10);
    expect(interruptedTimeSeries({ t, values: line(t, 2) }, 2)).toEqual({
      ok: false,
      warnings: ['interrupted time series needs at least 3 periods before the event; got 2'],
    });
  });

  it('declines with fewer than 3 periods from the event on, and names both sides when both are short', () => {
    const t = months(10);
    expect(interruptedTimeSeries({ t, values: line(t, 8) }, 8)).toEqual({
      ok: false,
      warnings: ['interrupted time series needs at least 3 periods from the event on; got 2'],
    });
    const short = months(4);
    const result = interruptedTimeSeries({ t: short, values: line(short, 2) }, 2);
    expect(result.ok).toBe(false);
    expect(result.warnings).toHaveLength(2);
  });

  it('declines an event at the very start or end of the series', () => {
    const t = months(10);
    expect(interruptedTimeSeries({ t, values: line(t, 0) }, 0).warnings).toEqual([
      'interrupted time series needs at least 3 periods before the event; got 0',
    ]);
    expect(interruptedTimeSeries({ t, values: line(t, 10) }, 10).ok).toBe(false);
  });

  it('declines a constant series', () => {
    const t = months(12);
    expect(interruptedTimeSeries({ t, values: t.map(() => 7.5) }, 6)).toEqual({
      ok: false,
      warnings: ['interrupted time series needs variation in the values; all 12 are 7.5'],
    });
  });

  it('estimates with exactly 3 periods on each side', () => {
    const t = months(6);
    const result = interruptedTimeSeries({ t, values: line(t, 3) }, 3);
    expect(result.ok).toBe(true);
  });

  it('warns when the segmented lines fit exactly (zero-width intervals)', () => {
    const t = months(8);
    const result = interruptedTimeSeries({ t, values: t.map((time, i) => 1 + time + (i >= 4 ? 3 + 2 * (time - 4) : 0)) }, 4);
    if (!result.ok) throw new Error('expected an estimate');
    expect(result.levelChange.estimate).toBeCloseTo(3, 10);
    expect(result.slopeChange.estimate).toBeCloseTo(2, 10);
    expect(result.warnings).toEqual(['interrupted time series: the segmented lines fit the values exactly, so the intervals have zero width']);
  });

  it('warns when periods are not equally spaced', () => {
    const t = [0, 1, 2, 3, 5, 6, 7, 8];
    const result = interruptedTimeSeries({ t, values: line(t, 4) }, 4);
    expect(result.warnings[0]).toMatch(/^t is not equally spaced \(step 1 at the start, 2 before t\[4\]\)/);
  });
});

describe('interrupted time series with malformed input', () => {
  const t = months(10);
  const values = line(t, 5);

  it('throws on mismatched lengths, non-finite values or times out of order', () => {
    expect(() => interruptedTimeSeries({ t, values: values.slice(1) }, 5)).toThrow(
      'interrupted time series needs one value per t: 10 times, 9 values',
    );
    expect(() => interruptedTimeSeries({ t, values: values.map((v, i) => (i === 4 ? Number.NaN : v)) }, 5)).toThrow(
      'interrupted time series values has a non-finite value at index 4: NaN',
    );
    expect(() => interruptedTimeSeries({ t: [0, 1, 2, 2, 4, 5, 6, 7, 8, 9], values }, 5)).toThrow(
      't must be strictly increasing; t[3] = 2 follows t[2] = 2',
    );
  });

  it('throws on an event index outside the series and on bad options', () => {
    expect(() => interruptedTimeSeries({ t, values }, 11)).toThrow('eventIndex must be an integer from 0 to 10 (the number of periods); got 11');
    expect(() => interruptedTimeSeries({ t, values }, 2.5)).toThrow('got 2.5');
    expect(() => interruptedTimeSeries({ t, values }, 5, { confidenceLevel: 95 })).toThrow(
      'confidenceLevel must lie strictly between 0 and 1; got 95',
    );
    expect(() => interruptedTimeSeries({ t, values }, 5, { maxlags: 10 })).toThrow('maxlags must be below the number of periods (10); got 10');
  });
});
