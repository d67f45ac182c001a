// The public API of the effects folder: estimators of the change in a series after an event ("bundling effect").
export { ols, type OlsFit } from './ols.js';
export {
  driscollKraay,
  type DriscollKraayOptions,
  neweyWest,
  neweyWestMaxlags,
  type NeweyWestOptions,
} from './hac.js';
export { normalQuantile, twoSidedCriticalValue } from './normal-quantile.js';
export { type IntervalEstimate } from './interval-estimate.js';
export { type InsufficientData, type TimeSeries } from './series-checks.js';
export {
  type CounterfactualPoint,
  interruptedTimeSeries,
  type InterruptedTimeSeriesEstimate,
  type InterruptedTimeSeriesOptions,
  type InterruptedTimeSeriesResult,
} from './its.js';
export {
  differenceInDifferences,
  type DifferenceInDifferencesEstimate,
  type DifferenceInDifferencesInput,
  type DifferenceInDifferencesOptions,
  type DifferenceInDifferencesResult,
  type PreTrendCheck,
} from './did.js';
export { DependentColumnsError, simplexLeastSquares } from './simplex-least-squares.js';
export {
  type Donor,
  type DonorWeight,
  type PlaceboRun,
  syntheticControl,
  type SyntheticControlEstimate,
  type SyntheticControlInput,
  type SyntheticControlOptions,
  type SyntheticControlResult,
} from './synthetic-control.js';
