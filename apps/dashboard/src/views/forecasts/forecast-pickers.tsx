import { Field } from '../../components/field';
import type { ForecastChoicesQuery, ForecastModelName } from '../../gql/graphql';
import { seriesKey } from '../../series/series-key';
import { seriesLabel } from '../../series/series-label';
import { MAX_HORIZON, MODELS, type ForecastState } from '../../forecasting/forecast-state';

type SeriesSummary = ForecastChoicesQuery['seriesCatalog'][number];

interface ForecastPickersProps {
  readonly catalog: readonly SeriesSummary[];
  readonly series: SeriesSummary;
  readonly state: ForecastState;
  readonly onChange: (changes: Partial<ForecastState>) => void;
}

const span = (series: SeriesSummary): string => (series.firstPeriod === series.lastPeriod ? series.firstPeriod.slice(0, 7) : `${series.firstPeriod.slice(0, 7)} to ${series.lastPeriod.slice(0, 7)}`);
const valueOf = (event: Event): string => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** Series, model, horizon and vintage. */
export function ForecastPickers({ catalog, series, state, onChange }: ForecastPickersProps) {
  return (
    <div class="picker-row forecast-pickers">
      <Field id="forecast-series" label="Series" wide>
        <select id="forecast-series" value={seriesKey(series)} onChange={(event) => onChange({ series: valueOf(event) })}>
          {catalog.map((candidate) => (
            <option key={seriesKey(candidate)} value={seriesKey(candidate)}>
              {seriesLabel(candidate)} ({candidate.points} point{candidate.points === 1 ? '' : 's'}, {span(candidate)})
            </option>
          ))}
        </select>
      </Field>
      <Field id="forecast-model" label="Model">
        <select id="forecast-model" value={state.model} onChange={(event) => onChange({ model: valueOf(event) as ForecastModelName })}>
          {MODELS.map(([model, label]) => (
            <option key={model} value={model}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="forecast-horizon" label={`Horizon (periods, 1–${MAX_HORIZON})`}>
        <input
          id="forecast-horizon"
          type="number"
          min={1}
          max={MAX_HORIZON}
          step={1}
          value={state.horizon}
          onChange={(event) => {
            const horizon = Number(valueOf(event));
            if (Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_HORIZON) onChange({ horizon });
          }}
        />
      </Field>
      <Field id="forecast-as-of" label="As of (vintage, optional)">
        <input id="forecast-as-of" type="date" min="1940-01-01" max="2010-12-31" value={state.asOf ?? ''} onChange={(event) => onChange({ asOf: valueOf(event) || null })} />
      </Field>
      {state.asOf && (
        <button type="button" class="button button-small button-secondary" onClick={() => onChange({ asOf: null })}>
          Use all the data
        </button>
      )}
      <p class="hint picker-hint">
        A vintage fits the model only on what was known by that date and draws what was measured afterwards. The horizon counts periods of the series’ last measurement (years, quarters or months).
      </p>
    </div>
  );
}
