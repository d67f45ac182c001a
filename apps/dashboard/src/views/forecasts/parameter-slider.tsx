import { formatParameter, sliderRange, type ParameterName } from './scenario-data';

interface ParameterSliderProps {
  readonly name: ParameterName;
  readonly label: string;
  readonly explanation: string;
  readonly value: number;
  /** The value the slider started from (its range is built around it). */
  readonly start: number;
  readonly unit: string;
  readonly onInput: (value: number) => void;
}

/** A labelled range input whose value is shown beside it and announced as text ("Imitation q: 0.327"). */
export function ParameterSlider({ name, label, explanation, value, start, unit, onInput }: ParameterSliderProps) {
  const range = sliderRange(start);
  const id = `scenario-${name}`;
  const shown = formatParameter(name, value, unit);
  return (
    <div class="parameter-slider">
      <label for={id}>
        {label} <span class="hint">({explanation})</span>
      </label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={`${label}: ${shown}`}
        onInput={(event) => onInput(Number((event.currentTarget as HTMLInputElement).value))}
      />
      <output for={id} class="slider-value">
        {shown}
      </output>
    </div>
  );
}
