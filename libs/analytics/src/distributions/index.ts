// Probability distributions the estimators share.
export { logGamma, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from './student-t.js';
