import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import type { BundlingEffectInput } from '../../gql/graphql';
import { useSearchParams } from '../../router/search-params';
import { EffectPickers } from './effect-pickers';
import { EffectResult } from './effect-result';
import { parseSeriesKey, seriesKey } from '../../series/series-key';
import { chooseEvent, chooseSeries, comparisonCandidates, effectChanges, METHODS, readEffectState, type EffectState } from './effect-state';
import './effects.css';
import { EffectChoicesQuery } from './operations';

/**
 * Did an event move a series? Pick the event, the series and the method (with a control or donors), and
 * read actual against counterfactual with its interval — or, when the data are too thin, why not.
 */
export function EffectsView() {
  const [params, update] = useSearchParams();
  const state = readEffectState(params);
  const choices = useQuery(EffectChoicesQuery, {});
  const onChange = (changes: Partial<EffectState>) => update(effectChanges(changes));
  if (choices.status === 'loading') return <Loading what="events and series" />;
  if (choices.status === 'error') return <ErrorMessage error={choices.error} />;
  const { events, seriesCatalog } = choices.data;
  const event = chooseEvent(events, state.event);
  const series = chooseSeries(seriesCatalog, event, state.series);
  if (!event || !series) return <p class="status">No events or series are loaded yet: load datasets first.</p>;
  const candidates = comparisonCandidates(seriesCatalog, series);
  const keys = new Set(candidates.map(seriesKey));
  const control = state.control && keys.has(state.control) ? parseSeriesKey(state.control) : null;
  const donors = state.donors.filter((key) => keys.has(key)).map(parseSeriesKey).filter((key) => key !== null);
  const input: BundlingEffectInput = { method: METHODS[state.method].api, eventId: event.id, series: parseSeriesKey(seriesKey(series))!, ...(control ? { control } : {}), ...(state.method === 'synthetic' ? { donors } : {}) };
  const missing = state.method === 'did' && !control ? 'Choose a control series to run difference-in-differences.' : state.method === 'synthetic' && donors.length < 2 ? 'Choose at least two donor series to run synthetic control.' : null;
  return (
    <section class="panel effects" aria-labelledby="effects-title">
      <div class="panel-header">
        <h2 id="effects-title">Bundling effect</h2>
        <p class="hint">Every choice is in this page’s address: copy it to share exactly this estimate.</p>
      </div>
      <EffectPickers events={events} event={event} catalog={seriesCatalog} series={series} candidates={candidates} state={state} onChange={onChange} />
      {missing ? (
        <p class="status" role="status">
          {missing}
        </p>
      ) : (
        <EffectResult input={input} event={event} method={state.method} />
      )}
    </section>
  );
}
