import { Choice } from '../../components/choice';
import type { ExplorerState, Layout, Measure } from '../../market-share/explorer-state';

interface DisplayControlsProps {
  readonly state: ExplorerState;
  readonly onChange: (changes: Partial<ExplorerState>) => void;
}

/** How the chart draws: stacked bands or lines, shares or values, events on the axis, and the zoom. */
export function DisplayControls({ state, onChange }: DisplayControlsProps) {
  return (
    <div class="picker-row display-controls">
      <Choice<Layout> legend="Chart" name="layout" value={state.layout} options={[['stacked', 'Stacked area'], ['lines', 'Lines']]} onChange={(layout) => onChange({ layout })} />
      <Choice<Measure> legend="Show" name="measure" value={state.measure} options={[['share', 'Shares'], ['amount', 'Absolute values']]} onChange={(measure) => onChange({ measure })} />
      <label class="checkbox">
        <input type="checkbox" checked={state.events} onChange={(event) => onChange({ events: (event.currentTarget as HTMLInputElement).checked })} /> Events on the time axis
      </label>
      {state.zoom && (
        <button type="button" class="button button-small button-secondary" onClick={() => onChange({ zoom: null })}>
          Reset zoom ({state.zoom[0]} to {state.zoom[1]})
        </button>
      )}
      {state.hidden.length > 0 && (
        <button type="button" class="button button-small button-secondary" onClick={() => onChange({ hidden: [] })}>
          Show all products
        </button>
      )}
    </div>
  );
}
