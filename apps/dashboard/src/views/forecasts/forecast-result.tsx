import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { useQueryKeepingData } from '../../hooks/use-query-keeping-data';
import type { ForecastInput } from '../../gql/graphql';
import { BacktestTable } from './backtest-table';
import { ForecastChartCard } from '../../forecasting/forecast-chart-card';
import { ForecastSummary } from './forecast-summary';
import { ForecastTable } from './forecast-table';
import { ForecastWarnings } from './forecast-warnings';
import { PredictionScorecardQuery, ForecastQuery } from '../../forecasting/operations';
import { usePredictionOverlay } from '../../forecasting/use-prediction-overlay';
import { PredictionsBeyond } from './predictions-beyond';

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
