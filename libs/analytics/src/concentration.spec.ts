import { describe, expect, it } from 'vitest';
import { concentrationRatio, hhi, sharesOf } from './concentration.js';

describe('concentration', () => {
  it('computes shares of a total', () => {
    expect(sharesOf([30, 10, 10])).toEqual([0.6, 0.2, 0.2]);
    expect(sharesOf([0, 0])).toEqual([0, 0]);
  });

  it('computes HHI on the 0–10,000 scale', () => {
    expect(hhi([1])).toBe(10_000);
    expect(hhi([0.6, 0.2, 0.2])).toBeCloseTo(3600 + 400 + 400, 9);
    expect(hhi([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(2500, 9);
  });

  it('computes CRn from the largest shares', () => {
    expect(concentrationRatio([0.2, 0.6, 0.2], 1)).toBe(0.6);
    expect(concentrationRatio([0.2, 0.6, 0.15, 0.05], 3)).toBeCloseTo(0.95, 12);
    expect(() => concentrationRatio([0.5], 0)).toThrow('n must be a positive integer, not 0');
  });
});
