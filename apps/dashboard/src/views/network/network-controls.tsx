import { linkColor, linkDash } from '@marketlens/charts';
import { kindLabel } from '../../format/labels';
import type { PartnershipKind } from '../../gql/graphql';
import { monthsBetween, PARTNERSHIP_KINDS, type NetworkState } from './network-state';

interface NetworkControlsProps {
  readonly state: NetworkState;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly onChange: (changes: Partial<NetworkState>) => void;
}

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = (month: string): string => MONTH_NAME.format(new Date(`${month}-01T00:00:00Z`));

/** A month slider from the first partnership to the last, and a switch per partnership kind. */
export function NetworkControls({ state, firstDate, lastDate, onChange }: NetworkControlsProps) {
  const months = monthsBetween(firstDate, lastDate);
  const index = state.at ? Math.max(0, months.indexOf(state.at)) : months.length - 1;
  const month = months[index]!;
  const shown = new Set(state.kinds ?? PARTNERSHIP_KINDS);
  const toggle = (kind: PartnershipKind) => onChange({ kinds: PARTNERSHIP_KINDS.filter((candidate) => (candidate === kind ? !shown.has(candidate) : shown.has(candidate))) });
  return (
    <div class="network-controls">
      <label class="field date-slider">
        <span>
          Partnerships started by the end of <strong>{monthName(month)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={index}
          aria-valuetext={`${monthName(month)}`}
          onInput={(event) => {
            const next = months[Number((event.currentTarget as HTMLInputElement).value)]!;
            onChange({ at: next === months[months.length - 1] ? null : next });
          }}
        />
        <span class="slider-ends">
          <span>{monthName(months[0]!)}</span>
          <span>{monthName(months[months.length - 1]!)}</span>
        </span>
      </label>
      <fieldset class="choice kind-filter">
        <legend>Kinds of partnership</legend>
        {PARTNERSHIP_KINDS.map((kind) => (
          <label key={kind} class="checkbox">
            <input type="checkbox" checked={shown.has(kind)} onChange={() => toggle(kind)} />
            <svg width="18" height="8" aria-hidden="true">
              <line x1="0" x2="18" y1="4" y2="4" stroke={linkColor(kind)} stroke-width="2.5" stroke-dasharray={linkDash(kind) || undefined} />
            </svg>
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
