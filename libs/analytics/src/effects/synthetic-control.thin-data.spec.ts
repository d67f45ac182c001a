import { describe, expect, it } from 'vitest';
import { syntheticControl } from './synthetic-control.js';

const t = Array.from({ length: 10 }, (_, i) => i);
const series = (level: number, slope: number, phase: number) => t.map((time) => level + slope * time + Math.sin(time + phase));
const donors = [
  { name: 'ICQ', values: series(10, 0.5, 0) },
  { name: 'Yahoo! Messenger', values: series(6, 0.8, 1) },
  { name: 'Jabber', values: series(2, 0.1, 2) },
];
const treated = series(7, 0.6, 0.5);

describe('synthetic control with data too thin for an estimate', () => {
  it('declines with fewer than 2 donors', () => {
    expect(syntheticControl({ t, treated, donors: donors.slice(0, 1) }, 6)).toEqual({
      ok: false,
      warnings: ['synthetic control needs at least 2 donors; got 1'],
    });
  });

  it('declines with fewer than 3 periods before the event or none after it', () => {
    expect(syntheticControl({ t, treated, donors }, 2).warnings).toEqual(['synthetic control needs at least 3 periods before the event; got 2']);
    expect(syntheticControl({ t, treated, donors }, 10).warnings).toEqual(['synthetic control needs at least 1 period from the event on; got 0']);
  });

  it('declines when a donor is a mix of the others over the pre-period (weights not unique)', () => {
    const mix = { name: 'AIM clone', values: donors[0]?.values.map((v, i) => 0.5 * v + 0.5 * (donors[1]?.values[i] ?? 0)) ?? [] };
    const result = syntheticControl({ t, treated, donors: [...donors, mix] }, 6);
    expect(result).toEqual({
      ok: false,
      warnings: [
        "synthetic control weights are not unique: over the 6 pre-event periods donor 'AIM clone' is a weighted combination " +
          'of the donors listed before it (too few pre-event periods for this many donors, or a duplicated donor)',
      ],
    });
  });

  it('declines when there are fewer pre-event periods than the donors need', () => {
    const many = [0, 1, 2, 3, 4].map((j) => ({ name: `donor ${j}`, values: series(j, 0.1 * j, j) }));
    expect(syntheticControl({ t, treated, donors: many }, 3).ok).toBe(false);
  });
});

describe('synthetic control with malformed input', () => {
  it('throws on mismatched lengths, non-finite values and repeated donor names', () => {
    expect(() => syntheticControl({ t, treated: treated.slice(1), donors }, 6)).toThrow(
      'synthetic control treated series needs one value per t: 10 times, 9 values',
    );
    expect(() => syntheticControl({ t, treated, donors: [...donors, { name: 'MSN', values: [1] }] }, 6)).toThrow(
      "synthetic control donor 'MSN' needs one value per t: 10 times, 1 values",
    );
    expect(() => syntheticControl({ t, treated, donors: [{ name: 'MSN', values: t.map(() => Number.NaN) }, ...donors] }, 6)).toThrow(
      "synthetic control donor 'MSN' has a non-finite value at index 0: NaN",
    );
    expect(() => syntheticControl({ t, treated, donors: [...donors, { ...donors[0], name: 'ICQ', values: treated }] }, 6)).toThrow(
      "synthetic control donor names must be unique; 'ICQ' appears more than once",
    );
    expect(() => syntheticControl({ t, treated, donors }, 6, { poorFitFraction: 0 })).toThrow('poorFitFraction must be positive; got 0');
  });
});
