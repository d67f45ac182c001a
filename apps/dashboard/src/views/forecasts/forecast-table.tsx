import { valueFormatFor, type Forecast } from '../../forecasting/forecast-data';

/** The forecast by period with both intervals in full (the chart may cut them at its axis). */
export function ForecastTable({ forecast }: { forecast: Forecast }) {
  const format = valueFormatFor(forecast.series.unit);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Forecast intervals, scrollable">
      <table class="data-table forecast-table">
        <caption>Forecast by period: point forecast, 80% and 95% prediction intervals</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Point forecast</th>
            <th scope="col">80% interval</th>
            <th scope="col">95% interval</th>
          </tr>
        </thead>
        <tbody>
          {forecast.points.map((point) => (
            <tr key={point.start}>
              <th scope="row">{point.period}</th>
              <td>{format(point.value)}</td>
              <td>
                {format(point.lower80)} to {format(point.upper80)}
              </td>
              <td>
                {format(point.lower95)} to {format(point.upper95)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
