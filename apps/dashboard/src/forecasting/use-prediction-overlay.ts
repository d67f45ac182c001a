import { useMemo } from 'preact/hooks';
import { utcDate, type Forecast } from './forecast-data';
import { predictionsAbout, predictionsOnChart, type ScoredPrediction } from './prediction-overlay';

/** The span the chart draws: the first measurement to the last forecast period or later measurement. */
export function chartSpan(forecast: Forecast): [Date, Date] {
  const starts = [...forecast.history, ...forecast.actualsAfter, ...forecast.points].map((point) => utcDate(point.start).getTime());
  return [new Date(Math.min(...starts)), new Date(Math.max(...starts))];
}

/** Published predictions of the forecast's measure, split into those the chart marks and those beyond it. */
export function usePredictionOverlay(forecast: Forecast | null, predictions: readonly ScoredPrediction[]) {
  return useMemo(() => {
    if (!forecast || forecast.history.length + forecast.points.length === 0) return { drawn: [], beyond: [] };
    return predictionsOnChart(predictionsAbout(predictions, forecast.series), forecast.series.unit, chartSpan(forecast));
  }, [forecast, predictions]);
}
