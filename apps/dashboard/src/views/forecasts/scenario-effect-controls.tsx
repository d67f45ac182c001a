import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/field';
import { useQuery } from '../../hooks/use-query';
import { formatAmount } from '../../format/quantities';
import { unitLabel } from '../../format/labels';
import type { ForecastChoicesQuery, SeriesKeyInput } from '../../gql/graphql';
import { LevelChangeEstimateQuery } from '../../forecasting/operations';
import type { ScenarioState } from './scenario-state';

interface ScenarioEffectControlsProps {
  readonly series: SeriesKeyInput;
  readonly unit: string;
  readonly state: ScenarioState;
  readonly events: ForecastChoicesQuery['events'];
  readonly onChange: (changes: Partial<ScenarioState>) => void;
}

const valueOf = (event: Event): string => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/**
 * The bundling effect: on or off, from which date (an event's, by default the Windows XP launch, or any
 * date typed in), and how large — typed in, or taken from the interrupted-time-series estimate for the event.
 */
export function ScenarioEffectControls({ series, unit, state, events, onChange }: ScenarioEffectControlsProps) {
  const event = events.find((candidate) => candidate.start === state.effectFrom);
  const [asked, setAsked] = useState<string | null>(null);
  const estimate = useQuery(LevelChangeEstimateQuery, asked ? { input: { method: 'INTERRUPTED_TIME_SERIES', eventId: asked, series } } : null);
  const found = asked && estimate.status === 'done' && estimate.data.bundlingEffect.ok ? estimate.data.bundlingEffect.levelChange : null;
  useEffect(() => {
    if (found) onChange({ effect: true, levelChange: found.estimate });
  }, [found?.estimate]);
  return (
    <fieldset class="scenario-effect">
      <legend>Bundling effect</legend>
      <label class="checkbox">
        <input type="checkbox" checked={state.effect} onChange={(change) => onChange({ effect: (change.currentTarget as HTMLInputElement).checked })} /> Show the curve with a bundling effect
      </label>
      <div class="picker-row">
        <Field id="scenario-event" label="Event">
          <select id="scenario-event" value={event?.id ?? ''} onChange={(change) => onChange({ effectFrom: events.find((candidate) => candidate.id === valueOf(change))?.start ?? state.effectFrom })}>
            {!event && <option value="">A date of your own</option>}
            {events.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.date} — {candidate.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="scenario-effect-from" label="Effect from (date)">
          <input id="scenario-effect-from" type="date" value={state.effectFrom} onChange={(change) => valueOf(change) && onChange({ effectFrom: valueOf(change) })} />
        </Field>
        <Field id="scenario-level" label={`Level change (${unitLabel(unit)})`}>
          <input id="scenario-level" type="number" step="any" value={state.levelChange ?? ''} placeholder="e.g. 5" onChange={(change) => onChange({ levelChange: valueOf(change) === '' ? null : Number(valueOf(change)) })} />
        </Field>
        <button type="button" class="button button-small button-secondary" disabled={!event} title={event ? undefined : 'Estimates are made for an event: pick one'} onClick={() => event && setAsked(event.id)}>
          Take it from the estimate for this event
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {!asked && (state.effect && state.levelChange === null ? 'Type a level change, or take it from the estimate, to draw the curve with the effect.' : 'The estimate is the level change the bundling-effect view’s interrupted time series finds at the event, for this series.')}
        {asked && estimate.status === 'loading' && 'Estimating the level change at the event…'}
        {asked && estimate.status === 'error' && `The estimate failed: ${estimate.error instanceof Error ? estimate.error.message : String(estimate.error)}`}
        {found && `Interrupted time series: a level change of ${formatAmount(found.estimate, unit)} (95% interval ${formatAmount(found.lower, unit)} to ${formatAmount(found.upper, unit)}), applied.`}
        {asked && estimate.status === 'done' && !estimate.data.bundlingEffect.ok && `No estimate for this series: ${estimate.data.bundlingEffect.warnings.join(' ')} Type a level change instead.`}
      </p>
    </fieldset>
  );
}
