/** The models a forecast may use; a plain enum, so worker threads can use it without the GraphQL schema. */
export enum ForecastModelName {
  AUTO = 'AUTO',
  BASS = 'BASS',
  BASS_DENSITY = 'BASS_DENSITY',
  BASS_OLS = 'BASS_OLS',
  LOGISTIC = 'LOGISTIC',
  GOMPERTZ = 'GOMPERTZ',
  HOLT_DAMPED = 'HOLT_DAMPED',
  NAIVE = 'NAIVE',
}
