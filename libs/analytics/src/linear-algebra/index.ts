// The dense linear algebra shared by effects and forecasting: one Matrix type and the solvers built on it.
export { at, Matrix, quadraticForm } from './matrix.js';
export { inverseOfGram, leastSquares, RankDeficiencyError, solveUpperTriangular, type LeastSquaresSolution } from './householder-qr.js';
export {
  cholesky,
  choleskyInPlace,
  choleskySolve,
  choleskySolveInPlace,
  gram,
  gramInPlace,
  invertSymmetric,
  ordinaryLeastSquares,
  solveSymmetric,
  solveSymmetricInPlace,
  transposeTimes,
  transposeTimesInPlace,
} from './symmetric.js';
