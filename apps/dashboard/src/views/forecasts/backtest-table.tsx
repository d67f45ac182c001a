import { modelLabel, type Forecast } from '../../forecasting/forecast-data';

const number = (value: number | null | undefined, digits = 2): string => (value === null || value === undefined ? '—' : value.toFixed(digits));
const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

/** Every candidate's rolling-origin backtest, best first, with the model in use marked. */
export function BacktestTable({ forecast }: { forecast: Forecast }) {
  if (forecast.backtest.length === 0) {
    return <p class="hint">No backtest: the series is too short to cut it at an earlier point and forecast what followed.</p>;
  }
  return (
    <section class="backtest" aria-labelledby="backtest-title">
      <h3 id="backtest-title">Backtest: how each model forecast this series when the future was known</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Backtest, scrollable">
        <table class="data-table backtest-table">
          <caption>Rolling origin, best first. MASE below 1 beats the naive forecast; coverage is the share of actuals inside each interval (80% and 95% when honest).</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">MASE</th>
              <th scope="col">MAPE</th>
              <th scope="col">80% coverage</th>
              <th scope="col">95% coverage</th>
              <th scope="col">Origins</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {forecast.backtest.map((score) => {
              const used = score.model === forecast.model;
              return (
                <tr key={score.model} class={used ? 'backtest-used' : undefined}>
                  <th scope="row">
                    {modelLabel(score.model)} {used && <span class="badge">in use</span>}
                  </th>
                  <td>{number(score.mase)}</td>
                  <td>{score.mape === null || score.mape === undefined ? '—' : `${number(score.mape, 1)}%`}</td>
                  <td>{percent(score.coverage80)}</td>
                  <td>{percent(score.coverage95)}</td>
                  <td>{score.origins}</td>
                  <td>{[score.eligible ? '' : 'not eligible', score.note ?? ''].filter(Boolean).join(': ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
