// The public API of forecasting: model fits, the common model shape, intervals, backtests and vintages.
export {
  bassAdoptions,
  bassCumulativeShare,
  bassDensity,
  fitBass,
  BASS_MINIMUM_LENGTH,
  type BassFit,
  type BassFitOptions,
  type BassForm,
  type BassParameters,
} from './bass.js';
export { fitBassOls, type BassOlsCoefficients, type BassOlsFit } from './bass-ols.js';
export {
  fitGompertz,
  fitGrowthCurve,
  fitLogistic,
  growthCurveIncrements,
  growthCurveValues,
  GROWTH_CURVE_MINIMUM_LENGTH,
  type GrowthCurveFit,
  type GrowthCurveFitOptions,
  type GrowthCurveKind,
  type GrowthCurveParameters,
} from './growth-curves.js';
export {
  holtDampedFilter,
  holtDampedForecast,
  finalState,
  type HoltDampedFilterResult,
  type HoltDampedParameters,
} from './holt-damped.js';
export { fitHoltDamped, HOLT_MINIMUM_LENGTH, type HoltDampedFit, type HoltDampedFitOptions } from './holt-damped-fit.js';
export { type FitFailure, type ParameterFit } from './nonlinear-fit.js';
export {
  levenbergMarquardt,
  numericalJacobian,
  type LeastSquaresProblem,
  type LevenbergMarquardtOptions,
  type LevenbergMarquardtResult,
} from './levenberg-marquardt.js';
export { mulberry32, standardNormal, type RandomSource } from './random.js';
export { type FittedForecast, type ForecastModel, type ForecastStandardErrors, type SeriesScale } from './forecast-model.js';
export {
  bassModel,
  bassOlsModel,
  gompertzModel,
  holtDampedModel,
  logisticModel,
  naiveModel,
  type CurveModelOptions,
} from './forecast-models.js';
export {
  bootstrapPredictionIntervals,
  forecastWithIntervals,
  parametricPredictionIntervals,
  predictionIntervals,
  DEFAULT_REPLICATES,
  MINIMUM_BOOTSTRAP_RESIDUALS,
  type BootstrapOptions,
  type ForecastBand,
  type IntervalFailure,
  type IntervalMethod,
  type IntervalOptions,
  type PredictionIntervals,
} from './bootstrap-intervals.js';
export {
  naiveScale,
  rollingOriginBacktest,
  type AccuracySummary,
  type BacktestForecast,
  type BacktestOptions,
  type BacktestResult,
} from './backtest.js';
export {
  compareModels,
  MINIMUM_BACKTEST_ORIGINS,
  type ModelComparison,
  type ModelComparisonOptions,
  type ModelComparisonWarning,
  type ModelScore,
} from './model-comparison.js';
export {
  forecastAsOf,
  resolveVintage,
  type Vintage,
  type VintageFailure,
  type VintageForecast,
  type VintageOptions,
  type VintagePoint,
  type VintageSeries,
} from './vintage.js';
export {
  bassShockScenario,
  shockCarrier,
  fitGeneralizedBass,
  generalizedBassAdoptions,
  generalizedBassCumulative,
  GENERALIZED_BASS_MINIMUM_LENGTH,
  type BassShock,
  type BassShockScenario,
  type BassShockScenarioOptions,
  type BassShockScenarioPoint,
  type GeneralizedBassFit,
  type GeneralizedBassFitOptions,
  type GeneralizedBassParameters,
} from './generalized-bass.js';
