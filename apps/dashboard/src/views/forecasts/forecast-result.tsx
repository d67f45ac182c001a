import { useMemo } from 'preact/hooks';
import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { useQueryKeepingData } from '../../hooks/use-query-keeping-data';
import type { ForecastInput } from '../../gql/graphql';
import { BacktestTable } from './backtest-table';
import { ForecastChartCard } from './forecast-chart-card';
import { utcDate, type Forecast } from './forecast-data';
import { ForecastSummary } from './forecast-summary';
import { ForecastTable } from './forecast-table';
import { ForecastWarnings } from './forecast-warnings';
import { PredictionScorecardQuery, ForecastQuery } from './operations';
import { predictionsAbout, predictionsOnChart, type ScoredPrediction } from './prediction-overlay';
import { PredictionsBeyond } from './predictions-beyond';

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

/** Runs the forecast and shows how it was chosen, its warnings, the fan chart, its intervals and the backtest. */
export function ForecastResult({ input }: { input: ForecastInput }) {
  const result = useQueryKeepingData(ForecastQuery, { input });
  const scorecard = useQuery(PredictionScorecardQuery, {});
  const predictions = scorecard.status === 'done' ? scorecard.data.predictionScorecard.predictions : [];
  const forecast = result.data?.forecast ?? null;
  const overlay = usePredictionOverlay(forecast, predictions);
  if (!forecast && result.state.status === 'error') return <ErrorMessage error={result.state.error} />;
  if (!forecast) return <Loading what="the forecast" />;
  return (
    <div class="forecast-result" aria-busy={result.updating}>
      {result.state.status === 'error' && <ErrorMessage error={result.state.error} />}
      {result.updating && (
        <p class="status" role="status">
          Updating the forecast…
        </p>
      )}
      <ForecastSummary forecast={forecast} />
      <ForecastWarnings forecast={forecast} />
      {forecast.history.length + forecast.points.length > 0 && <ForecastChartCard forecast={forecast} predictions={overlay.drawn} />}
      <PredictionsBeyond predictions={overlay.beyond} unit={forecast.series.unit} />
      {forecast.points.length > 0 && <ForecastTable forecast={forecast} />}
      <BacktestTable forecast={forecast} />
    </div>
  );
}
