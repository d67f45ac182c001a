import { Link } from '../../router/link';
import { ForecastChartCard } from '../../forecasting/forecast-chart-card';
import type { Forecast } from '../../forecasting/forecast-data';
import { forecastHref, MAX_HORIZON } from '../../forecasting/forecast-state';
import { usePredictionOverlay } from '../../forecasting/use-prediction-overlay';
import type { ScoredPrediction } from '../../forecasting/prediction-overlay';

interface OverviewForecastProps {
  readonly forecast: Forecast;
  readonly seriesKey: string;
  readonly predictions: readonly ScoredPrediction[];
}

/** The enterprise-penetration fan: what was measured, the forecast's bands, and the published predictions. */
export function OverviewForecast({ forecast, seriesKey, predictions }: OverviewForecastProps) {
  const overlay = usePredictionOverlay(forecast, predictions);
  return (
    <section class="overview-forecast" aria-labelledby="overview-forecast-title">
      <h3 id="overview-forecast-title" class="visually-hidden">
        Enterprise-penetration forecast
      </h3>
      <ForecastChartCard forecast={forecast} predictions={overlay.drawn} title={`Enterprise penetration: measured, forecast (80% and 95% bands) and published predictions — ${forecast.series.panel}`} height={360} />
      <p class="hint">
        One panel’s measurements only ({forecast.series.panel}); other firms measured different things and are not pooled. The bands are wide because the data is thin: read the{' '}
        <Link href={forecastHref(seriesKey, { horizon: MAX_HORIZON })}>forecast view</Link> for the warnings, the backtest and a vintage against later actuals.
      </p>
    </section>
  );
}
