import { Field } from '../../components/field';
import { metricLabel, segmentLabel } from '../../format/labels';
import { seriesKey } from '../../series/series-key';
import { METHODS, type EffectEvent, type EffectState, type MethodName, type SeriesSummary } from './effect-state';

interface EffectPickersProps {
  readonly events: readonly EffectEvent[];
  readonly event: EffectEvent;
  readonly catalog: readonly SeriesSummary[];
  readonly series: SeriesSummary;
  readonly candidates: readonly SeriesSummary[];
  readonly state: EffectState;
  readonly onChange: (changes: Partial<EffectState>) => void;
}

const MAX_DONORS = 20;

/** "ICQ — registered users, WW — AOL (4 points, 1998-06 to 2001-11; spans the event)" */
export function seriesOption(series: SeriesSummary, eventStart: string): string {
  const segment = series.segment === 'all' ? '' : ` ${segmentLabel(series.segment)}`;
  const spans = series.firstPeriod < eventStart && series.lastPeriod >= eventStart ? '; spans the event' : '';
  return `${series.product} — ${metricLabel(series.metric).toLowerCase()}${segment}, ${series.geography} — ${series.panel} (${series.points} points, ${series.firstPeriod.slice(0, 7)} to ${series.lastPeriod.slice(0, 7)}${spans})`;
}

const valueOf = (event: Event): string => (event.currentTarget as HTMLSelectElement).value;

/** Event, series and method; a control series for difference-in-differences, donors for synthetic control. */
export function EffectPickers({ events, event, catalog, series, candidates, state, onChange }: EffectPickersProps) {
  const donors = new Set(state.donors);
  const toggleDonor = (key: string) => onChange({ donors: donors.has(key) ? state.donors.filter((donor) => donor !== key) : [...state.donors, key].slice(0, MAX_DONORS) });
  return (
    <div class="effect-pickers">
      <div class="picker-row">
        <Field id="effect-event" label="Event">
          <select id="effect-event" value={event.id} onChange={(change) => onChange({ event: valueOf(change) })}>
            {events.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.date} — {candidate.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="effect-series" label="Series" wide>
          <select id="effect-series" value={seriesKey(series)} onChange={(change) => onChange({ series: valueOf(change), control: null, donors: [] })}>
            {catalog.map((candidate) => (
              <option key={seriesKey(candidate)} value={seriesKey(candidate)}>
                {seriesOption(candidate, event.start)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset class="choice method-choice">
        <legend>Method</legend>
        {(Object.keys(METHODS) as MethodName[]).map((method) => (
          <label key={method} title={METHODS[method].explanation}>
            <input type="radio" name="method" value={method} checked={state.method === method} onChange={() => onChange({ method })} /> {METHODS[method].label}
          </label>
        ))}
      </fieldset>
      <p class="hint">{METHODS[state.method].explanation}</p>
      {state.method === 'did' && (
        <Field id="effect-control" label="Control series" wide>
          <select id="effect-control" value={state.control ?? ''} onChange={(change) => onChange({ control: valueOf(change) || null })}>
            <option value="">{candidates.length === 0 ? `No other series of ${metricLabel(series.metric).toLowerCase()}` : 'Choose a control series'}</option>
            {candidates.map((candidate) => (
              <option key={seriesKey(candidate)} value={seriesKey(candidate)}>
                {seriesOption(candidate, event.start)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {state.method === 'synthetic' && (
        <fieldset class="donor-list">
          <legend>
            Donor series ({donors.size} chosen; at least 2, at most {MAX_DONORS}; only series of {metricLabel(series.metric).toLowerCase()})
          </legend>
          {candidates.length === 0 && <p class="hint">No other series measures {metricLabel(series.metric).toLowerCase()}: synthetic control has no donors to mix.</p>}
          {candidates.map((candidate) => (
            <label key={seriesKey(candidate)} class="checkbox">
              <input type="checkbox" checked={donors.has(seriesKey(candidate))} onChange={() => toggleDonor(seriesKey(candidate))} /> {seriesOption(candidate, event.start)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
