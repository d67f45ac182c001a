import { readingNotes } from '../../forecasting/forecast-caveats';
import type { Forecast } from '../../forecasting/forecast-data';

/** The API's warnings and the dashboard's reading notes, plainly, before the chart. */
export function ForecastWarnings({ forecast }: { forecast: Forecast }) {
  const notes = readingNotes(forecast);
  if (forecast.warnings.length === 0 && notes.length === 0) return null;
  return (
    <section class="forecast-warnings" role="note" aria-labelledby="forecast-warnings-title">
      <h3 id="forecast-warnings-title">Read this before using the forecast</h3>
      {forecast.warnings.length > 0 && (
        <>
          <p>The forecast warns:</p>
          <ul class="warning-list" aria-label="Warnings from the forecast">
            {forecast.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <p>Reading notes:</p>
          <ul class="warning-list" aria-label="Reading notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
