import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { useSearchParams } from '../../router/search-params';
import { parseSeriesKey, seriesKey } from '../../series/series-key';
import { seriesLabel } from '../../series/series-label';
import { ForecastPickers } from './forecast-pickers';
import { ForecastResult } from './forecast-result';
import { forecastChanges, readForecastState, type ForecastState } from '../../forecasting/forecast-state';
import '../../forecasting/forecasting.css';
import { ForecastChoicesQuery } from '../../forecasting/operations';
import { ScenarioPanel } from './scenario-panel';
import { SCENARIO_RESET } from './scenario-state';

/**
 * Where is a series heading? Pick a series, a model (by default the one that did best in a backtest), a
 * horizon and a vintage; read the forecast's fan against what was measured, its warnings and its backtest;
 * then move a Bass scenario's m, p and q, with and without a bundling effect.
 */
export function ForecastView() {
  const [params, update] = useSearchParams();
  const state = readForecastState(params);
  const choices = useQuery(ForecastChoicesQuery, {});
  // A new series starts its scenario from its own fitted curve.
  const onChange = (changes: Partial<ForecastState>) => update({ ...forecastChanges(changes), ...(changes.series !== undefined ? SCENARIO_RESET : {}) });
  if (choices.status === 'loading') return <Loading what="the series" />;
  if (choices.status === 'error') return <ErrorMessage error={choices.error} />;
  const catalog = choices.data.seriesCatalog;
  const series = catalog.find((candidate) => seriesKey(candidate) === state.series) ?? catalog[0];
  if (!series) return <p class="status">No series are loaded yet: load datasets first.</p>;
  const key = parseSeriesKey(seriesKey(series))!;
  return (
    <section class="panel forecasts" aria-labelledby="forecasts-title">
      <div class="panel-header">
        <h2 id="forecasts-title">Forecasts</h2>
        <p class="hint">Every choice is in this page’s address: copy it to share exactly this forecast.</p>
      </div>
      <ForecastPickers catalog={catalog} series={series} state={state} onChange={onChange} />
      <ForecastResult input={{ series: key, model: state.model, horizon: state.horizon, ...(state.asOf ? { asOf: state.asOf } : {}) }} />
      <ScenarioPanel key={seriesKey(series)} series={key} label={seriesLabel(series)} horizon={state.horizon} events={choices.data.events} />
    </section>
  );
}
