import { describe, expect, it } from 'vitest';
import { DependentColumnsError, simplexLeastSquares } from './simplex-least-squares.js';

const a = [1, 2, 3, 4, 5];
const b = [2, 1, 4, 3, 6];
const c = [0, 5, 1, 7, 2];

describe('simplexLeastSquares (weights ≥ 0 summing to 1)', () => {
  it('recovers an exact interior mix', () => {
    const target = a.map((value, i) => 0.2 * value + 0.5 * (b[i] ?? 0) + 0.3 * (c[i] ?? 0));
    const weights = simplexLeastSquares([a, b, c], target);
    [0.2, 0.5, 0.3].forEach((expected, j) => expect(weights[j]).toBeCloseTo(expected, 12));
  });

  it('lands on a vertex when the target is one of the columns', () => {
    expect(simplexLeastSquares([a, b, c], b).map((w) => Math.round(w * 1e12) / 1e12)).toEqual([0, 1, 0]);
  });

  it('projects a target outside the hull onto an edge, with zero weight on the rest', () => {
    // Far above every column: the best mix puts everything on the largest one.
    const weights = simplexLeastSquares([a, b, c], a.map((_, i) => 100 + i));
    expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
    expect(weights.every((w) => w >= 0)).toBe(true);
    expect(weights.filter((w) => w > 0).length).toBeLessThan(3);
  });

  it('satisfies the optimality conditions against a brute-force search on a grid', () => {
    const target = [3, 3, 3, 3, 3];
    const weights = simplexLeastSquares([a, b, c], target);
    const loss = (w: number[]) => target.reduce((sum, y, i) => sum + (y - (w[0] ?? 0) * (a[i] ?? 0) - (w[1] ?? 0) * (b[i] ?? 0) - (w[2] ?? 0) * (c[i] ?? 0)) ** 2, 0);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= 100; i++) for (let j = 0; i + j <= 100; j++) best = Math.min(best, loss([i / 100, j / 100, (100 - i - j) / 100]));
    expect(loss(weights)).toBeLessThanOrEqual(best + 1e-12);
  });

  it('meets the KKT conditions on 300 seeded random problems, at any scale', () => {
    // mulberry32: a tiny deterministic generator, so the cases are the same on every run.
    let seed = 20240611;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    for (let trial = 0; trial < 300; trial++) {
      const count = 2 + (trial % 6);
      const rows = count + 1 + Math.floor(random() * 12);
      const scale = [1e-3, 1, 1e8][trial % 3] ?? 1;
      const columns = Array.from({ length: count }, () => Array.from({ length: rows }, () => scale * (random() * 10 - 2)));
      const target = Array.from({ length: rows }, () => scale * (random() * 14 - 4));
      const weights = simplexLeastSquares(columns, target);
      expect(weights.every((w) => w >= 0)).toBe(true);
      expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
      // g = A'(Aw − b): equal to ν on the support, at least ν elsewhere.
      const residual = target.map((y, i) => columns.reduce((sum, column, j) => sum + (weights[j] ?? 0) * (column[i] ?? 0), 0) - y);
      const gradient = columns.map((column) => column.reduce((sum, value, i) => sum + value * (residual[i] ?? 0), 0));
      const support = gradient.filter((_, j) => (weights[j] ?? 0) > 0);
      const nu = support.reduce((sum, g) => sum + g, 0) / support.length;
      const tolerance = 1e-9 * scale * scale * rows * 100;
      support.forEach((g) => expect(Math.abs(g - nu)).toBeLessThan(tolerance));
      gradient.forEach((g) => expect(g - nu).toBeGreaterThan(-tolerance));
    }
  });

  it('gives weight 1 to a single column', () => {
    expect(simplexLeastSquares([a], b)).toEqual([1]);
  });

  it('rejects columns that are affine combinations of each other (weights not unique)', () => {
    const mix = a.map((value, i) => 0.5 * value + 0.5 * (b[i] ?? 0));
    expect(() => simplexLeastSquares([a, b, mix], c)).toThrow(DependentColumnsError);
    expect(() => simplexLeastSquares([a, b, mix], c)).toThrow(
      'simplex least squares needs affinely independent columns: column 2 is (nearly) an affine combination of the columns before it',
    );
    expect(() => simplexLeastSquares([a, a], c)).toThrow('column 1 is (nearly) an affine combination');
  });

  it('rejects empty, ragged or non-finite input', () => {
    expect(() => simplexLeastSquares([], b)).toThrow('simplex least squares needs at least one column');
    expect(() => simplexLeastSquares([a, b.slice(1)], c)).toThrow('simplex least squares columns must be rectangular');
    expect(() => simplexLeastSquares([a, b], c.slice(1))).toThrow('simplex least squares columns have 5 values, the target 4');
    expect(() => simplexLeastSquares([a, b], [1, 2, Number.NaN, 4, 5])).toThrow('target has a non-finite value at 2: NaN');
  });
});
