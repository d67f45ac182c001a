import { describe, expect, it } from 'vitest';
import { invertSymmetric, Matrix, ordinaryLeastSquares, solveSymmetric } from './index.js';

describe('dense linear algebra', () => {
  it('inverts badly scaled symmetric matrices through equilibration', () => {
    const a = [
      [1e8, 2e3, 1],
      [2e3, 5, 1e-3],
      [1, 1e-3, 1e-4],
    ];
    const inverse = invertSymmetric(Matrix.fromRows(a));
    expect(inverse).not.toBeNull();
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const product = a[i]!.reduce((sum, v, k) => sum + v * inverse!.get(k, j), 0);
        expect(product).toBeCloseTo(i === j ? 1 : 0, 8);
      }
    }
  });

  it('reports a singular matrix as null rather than garbage', () => {
    expect(invertSymmetric(Matrix.fromRows([[1, 2], [2, 4]]))).toBeNull();
    expect(solveSymmetric(Matrix.fromRows([[0, 0], [0, 1]]), [1, 1])).toBeNull();
  });

  it('solves ordinary least squares exactly on an exact line', () => {
    const ols = ordinaryLeastSquares(Matrix.fromRows([[1, 0], [1, 1], [1, 2], [1, 3]]), [1, 3, 5, 7]);
    expect(ols?.coefficients[0]).toBeCloseTo(1, 12);
    expect(ols?.coefficients[1]).toBeCloseTo(2, 12);
  });
});
