import { formatCount } from '../../format/numbers';
import { modelLabel, type Forecast } from '../../forecasting/forecast-data';

/** How the model was chosen, in words a reader can check against the backtest table. */
export function choiceSentence(forecast: Pick<Forecast, 'model' | 'chosenBy' | 'backtest'>): string {
  if (!forecast.model) return 'No model could be fitted: the warnings below say why.';
  const name = modelLabel(forecast.model);
  if (forecast.chosenBy.startsWith('backtest')) {
    const origins = forecast.backtest.find((score) => score.model === forecast.model)?.origins ?? 0;
    return `${name}, chosen by backtest: of the candidates, its forecasts were closest to what happened when the series was cut at ${origins} earlier point${origins === 1 ? '' : 's'} (lowest MASE) — not the best fit to the past.`;
  }
  if (forecast.chosenBy === 'the user') return `${name}, as you chose; the backtest below says how it compares.`;
  return `${name}: ${forecast.chosenBy}.`;
}

const measurements = (count: number): string => `${count} measurement${count === 1 ? '' : 's'}`;

/** What the model was allowed to see, and what came after its vintage. */
function seenSentence(forecast: Forecast): string {
  if (!forecast.model) return `The series has ${measurements(forecast.history.length)} up to ${forecast.vintage ?? 'now'}.`;
  if (!forecast.vintage) return `Fitted on all ${measurements(forecast.history.length)} of the series.`;
  return `Vintage ${forecast.vintage}: the model saw ${measurements(forecast.history.length)} up to then; ${forecast.actualsAfter.length} came later and are drawn as rings.`;
}

const parameter = (value: number): string => (Math.abs(value) >= 1000 ? formatCount(Math.round(value)) : value.toPrecision(4));

/** Model, how it was chosen, the vintage, and the fitted parameters. */
export function ForecastSummary({ forecast }: { forecast: Forecast }) {
  return (
    <section class="forecast-summary" aria-labelledby="forecast-summary-title">
      <h3 id="forecast-summary-title">Model</h3>
      <p class="chosen-by">{choiceSentence(forecast)}</p>
      <p class="hint">
        {seenSentence(forecast)}{' '}
        The API says: “{forecast.chosenBy}”.
      </p>
      {forecast.parameters.length > 0 && (
        <p class="forecast-parameters">
          Parameters:{' '}
          {forecast.parameters.map((entry, index) => (
            <span key={entry.name}>
              {index > 0 && ', '}
              {entry.name} = {parameter(entry.estimate)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
