import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorMessage } from '../../components/status';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useQueryKeepingData } from '../../hooks/use-query-keeping-data';
import type { ForecastChoicesQuery, SeriesKeyInput } from '../../gql/graphql';
import { useSearchParams } from '../../router/search-params';
import { BassScenarioQuery } from '../../forecasting/operations';
import { ParameterSlider } from './parameter-slider';
import { ScenarioChartCard } from './scenario-chart-card';
import { formatAmount } from '../../format/quantities';
import { formatParameter, PARAMETERS, type AppliedEffect, type BassParameters, type Scenario } from './scenario-data';
import { ScenarioEffectControls } from './scenario-effect-controls';
import { readScenarioState, scenarioChanges, type ScenarioState } from './scenario-state';

interface ScenarioWorkbenchProps {
  readonly series: SeriesKeyInput;
  readonly label: string;
  /** The series' base unit ("percent", "count"). */
  readonly unit: string;
  readonly horizon: number;
  readonly events: ForecastChoicesQuery['events'];
  /** The API's first answer: the fitted parameters (or its defaults) the sliders start from. */
  readonly start: Scenario;
}

const SETTLE_MS = 250;
type Values = Pick<BassParameters, 'm' | 'p' | 'q'>;

/** What the chart shows, as the status line announces it. */
function curveSentence(used: Values, unit: string, effect: AppliedEffect | null): string {
  const parameters = PARAMETERS.map(({ name }) => `${name} = ${formatParameter(name, used[name], unit)}`).join(', ');
  return `Curve drawn for ${parameters}${effect ? `, with a level change of ${formatAmount(effect.levelChange, unit)} from ${effect.from}` : ''}.`;
}

/** Sliders for m, p and q and the bundling effect; the curve is asked for again once a slider rests. */
export function ScenarioWorkbench({ series, label, unit, horizon, events, start }: ScenarioWorkbenchProps) {
  const [params, update] = useSearchParams();
  const state = readScenarioState(params);
  const origin = start.used;
  const [values, setValues] = useState<Values>({ m: state.m ?? origin.m, p: state.p ?? origin.p, q: state.q ?? origin.q });
  const settled = useDebouncedValue(values, SETTLE_MS);
  const onChange = (changes: Partial<ScenarioState>) => update(scenarioChanges(changes));
  useEffect(() => {
    // The URL keeps only what differs from the starting curve.
    update(scenarioChanges({ m: settled.m === origin.m ? null : settled.m, p: settled.p === origin.p ? null : settled.p, q: settled.q === origin.q ? null : settled.q }));
  }, [settled]);
  const effect: AppliedEffect | null = state.effect && state.levelChange !== null ? { from: state.effectFrom, levelChange: state.levelChange } : null;
  const input = useMemo(() => ({ series, horizon, ...settled, ...(effect ? { effectFrom: effect.from, levelChange: effect.levelChange } : {}) }), [series, horizon, settled, effect?.from, effect?.levelChange]);
  const scenario = useQueryKeepingData(BassScenarioQuery, { input });
  return (
    <div class="scenario-workbench">
      <p class="hint">
        {start.fitted ? 'The sliders start at the parameters fitted to this series.' : 'No Bass curve could be fitted to this series: the sliders start at the API’s defaults (market potential twice the largest value, p = 0.03, q = 0.38).'} Each runs from a fifth to three times its starting value; the curve is redrawn when the slider rests.
      </p>
      <fieldset class="scenario-sliders">
        <legend>Bass parameters</legend>
        {PARAMETERS.map((parameter) => (
          <ParameterSlider key={parameter.name} {...parameter} value={values[parameter.name]} start={origin[parameter.name]} unit={unit} onInput={(value) => setValues((current) => ({ ...current, [parameter.name]: value }))} />
        ))}
        <button type="button" class="button button-small button-secondary" onClick={() => setValues({ m: origin.m, p: origin.p, q: origin.q })}>
          Back to the {start.fitted ? 'fitted' : 'starting'} values
        </button>
      </fieldset>
      <ScenarioEffectControls series={series} unit={unit} state={state} events={events} onChange={onChange} />
      {scenario.state.status === 'error' && <ErrorMessage error={scenario.state.error} />}
      {(scenario.data?.bassScenario.warnings ?? start.warnings).length > 0 && (
        <ul class="warning-list" aria-label="Warnings about the scenario">
          {(scenario.data?.bassScenario.warnings ?? start.warnings).map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <p class="status" role="status" aria-live="polite">
        {scenario.updating ? 'Redrawing the curve…' : scenario.data ? curveSentence(scenario.data.bassScenario.used, unit, effect) : ''}
      </p>
      {scenario.data && <ScenarioChartCard scenario={scenario.data.bassScenario} label={label} metric={series.metric} unit={unit} effect={effect} />}
    </div>
  );
}
