import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from './did.js';

const months = (n: number) => Array.from({ length: n }, (_, i) => i);
const wiggle = (t: number[], level: number) => t.map((time) => level + 0.3 * time + Math.sin(2 * time));

describe('difference-in-differences with data too thin for an estimate', () => {
  it('declines with fewer than 3 periods on either side of the event', () => {
    const t = months(8);
    const input = { t, treated: wiggle(t, 10), control: wiggle(t, 5) };
    expect(differenceInDifferences(input, 2)).toEqual({
      ok: false,
      warnings: ['difference-in-differences needs at least 3 periods before the event; got 2'],
    });
    expect(differenceInDifferences(input, 6).warnings).toEqual(['difference-in-differences needs at least 3 periods from the event on; got 2']);
    expect(differenceInDifferences(input, 3).ok).toBe(true);
  });

  it('declines when neither series varies', () => {
    const t = months(8);
    expect(differenceInDifferences({ t, treated: t.map(() => 2), control: t.map(() => 2) }, 4)).toEqual({
      ok: false,
      warnings: ['difference-in-differences needs variation in the values; all 16 are 2'],
    });
  });
});

describe('difference-in-differences with malformed input', () => {
  const t = months(8);
  const treated = wiggle(t, 10);
  const control = wiggle(t, 5);

  it('throws on mismatched lengths, non-finite values, times out of order or a bad event index', () => {
    expect(() => differenceInDifferences({ t, treated: treated.slice(1), control }, 4)).toThrow(
      'difference-in-differences treated series needs one value per t: 8 times, 7 values',
    );
    expect(() => differenceInDifferences({ t, treated, control: control.slice(2) }, 4)).toThrow(
      'difference-in-differences control series needs one value per t: 8 times, 6 values',
    );
    expect(() => differenceInDifferences({ t, treated, control: control.map(() => Number.NaN) }, 4)).toThrow(
      'difference-in-differences control series has a non-finite value at index 0: NaN',
    );
    expect(() => differenceInDifferences({ t: [...t].reverse(), treated, control }, 4)).toThrow('t must be strictly increasing');
    expect(() => differenceInDifferences({ t, treated, control }, -1)).toThrow('eventIndex must be an integer from 0 to 8');
  });
});
