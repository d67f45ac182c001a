import { Field } from '../../components/field';
import type { ExplorerState, PeriodGranularity } from '../../market-share/explorer-state';

interface PeriodControlsProps {
  readonly state: ExplorerState;
  readonly onChange: (changes: Partial<ExplorerState>) => void;
}

const GRANULARITIES: ReadonlyArray<readonly [PeriodGranularity | '', string]> = [
  ['', 'As reported (every period)'],
  ['month', 'Months only'],
  ['quarter', 'Quarters only'],
  ['year', 'Years only'],
];

const monthValue = (event: Event): string | null => (event.currentTarget as HTMLInputElement).value || null;

/** The period range and granularity the API is asked for (`from`, `to`, `granularity`). */
export function PeriodControls({ state, onChange }: PeriodControlsProps) {
  const backwards = state.from !== null && state.to !== null && state.from > state.to;
  return (
    <div class="picker-row">
      <Field id="explorer-from" label="From (month)">
        <input id="explorer-from" type="month" min="1990-01" max="2010-12" value={state.from ?? ''} onChange={(event) => onChange({ from: monthValue(event), zoom: null })} />
      </Field>
      <Field id="explorer-to" label="To (month)">
        <input id="explorer-to" type="month" min="1990-01" max="2010-12" value={state.to ?? ''} onChange={(event) => onChange({ to: monthValue(event), zoom: null })} />
      </Field>
      <Field id="explorer-granularity" label="Granularity">
        <select id="explorer-granularity" value={state.granularity ?? ''} onChange={(event) => onChange({ granularity: ((event.currentTarget as HTMLSelectElement).value || null) as PeriodGranularity | null, zoom: null })}>
          {GRANULARITIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <p class="hint picker-hint">
        {backwards
          ? 'The range runs backwards: “From” is after “To”, so nothing can match.'
          : 'Granularity keeps the periods a source reported that way; nothing is summed, averaged or interpolated.'}
      </p>
    </div>
  );
}
