import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import type { ForecastChoicesQuery, SeriesKeyInput } from '../../gql/graphql';
import { ScenarioStartQuery } from '../../forecasting/operations';
import { ScenarioWorkbench } from './scenario-workbench';

interface ScenarioPanelProps {
  readonly series: SeriesKeyInput;
  readonly label: string;
  readonly horizon: number;
  readonly events: ForecastChoicesQuery['events'];
}

/** A Bass curve to move by hand: it starts from the parameters fitted to the series (or the API's defaults). */
export function ScenarioPanel({ series, label, horizon, events }: ScenarioPanelProps) {
  const start = useQuery(ScenarioStartQuery, { input: { series, horizon }, series });
  return (
    <section class="scenario" aria-labelledby="scenario-title">
      <h3 id="scenario-title">Scenario: move the Bass curve</h3>
      {start.status === 'loading' && <Loading what="the fitted Bass curve" />}
      {start.status === 'error' && <ErrorMessage error={start.error} />}
      {start.status === 'done' && <ScenarioWorkbench series={series} label={label} unit={start.data.series.unit} horizon={horizon} events={events} start={start.data.bassScenario} />}
    </section>
  );
}
