import type { Forecast } from './forecast-data';

const FEW_MEASUREMENTS = 8;

/**
 * What a reader should know before trusting a forecast, beyond the API's own warnings (which already
 * cover mixed periods, a thin backtest and intervals cut at what a metric allows): how little the model
 * saw, and intervals with no width.
 */
export function readingNotes(forecast: Forecast): string[] {
  const notes: string[] = [];
  const { history, points } = forecast;
  if (history.length < FEW_MEASUREMENTS) {
    notes.push(`The model saw ${history.length} measurement${history.length === 1 ? '' : 's'}: too few to say much about what comes next.`);
  }
  if (points.length > 0 && points.every((point) => point.lower95 === point.upper95)) {
    notes.push('The intervals have no width: with so few measurements there are no errors to resample, so they say nothing about the uncertainty — which is large.');
  } else if (points.length > 0 && points.every((point) => point.lower80 === point.lower95 && point.upper80 === point.upper95)) {
    notes.push('The 80% and 95% intervals coincide: there are too few past errors to resample to tell them apart, so read them as one rough range.');
  }
  return notes;
}
