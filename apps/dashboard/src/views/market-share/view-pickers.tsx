import { Field } from '../../components/field';
import { metricLabel, segmentLabel } from '../../format/labels';
import type { ExplorerState } from '../../market-share/explorer-state';
import type { ViewSelection } from './view-selection';
import { sourceName } from './view-label';

interface ViewPickersProps {
  readonly selection: ViewSelection;
  readonly onChange: (changes: Partial<ExplorerState>) => void;
}

const valueOf = (event: Event): string => (event.currentTarget as HTMLSelectElement).value;
const span = (first: string, last: string): string => (first === last ? first.slice(0, 7) : `${first.slice(0, 7)} to ${last.slice(0, 7)}`);

/**
 * Metric, segment, geography and source, each narrowed by the ones before it; and a second source of the
 * same metric, segment and geography to show beside the first (side by side, never mixed).
 */
export function ViewPickers({ selection, onChange }: ViewPickersProps) {
  const { view, compare } = selection;
  // A new metric, segment or geography opens its richest source, unzoomed.
  const reset = { source: null, compare: null, zoom: null };
  return (
    <div class="picker-row">
      <Field id="explorer-metric" label="Metric">
        <select id="explorer-metric" value={view.metric} onChange={(event) => onChange({ metric: valueOf(event), segment: null, geography: null, ...reset })}>
          {selection.metrics.map((metric) => (
            <option key={metric} value={metric}>
              {metricLabel(metric)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="explorer-segment" label="Segment">
        <select id="explorer-segment" value={view.segment} onChange={(event) => onChange({ segment: valueOf(event), geography: null, ...reset })}>
          {selection.segments.map((segment) => (
            <option key={segment} value={segment}>
              {segmentLabel(segment)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="explorer-geography" label="Geography">
        <select id="explorer-geography" value={view.geography} onChange={(event) => onChange({ geography: valueOf(event), ...reset })}>
          {selection.geographies.map((geography) => (
            <option key={geography} value={geography}>
              {geography}
            </option>
          ))}
        </select>
      </Field>
      <Field id="explorer-source" label="Source" wide>
        <select id="explorer-source" value={view.source.id} onChange={(event) => onChange({ source: valueOf(event), compare: null, zoom: null })}>
          {selection.sources.map((candidate) => (
            <option key={candidate.source.id} value={candidate.source.id}>
              {sourceName(candidate.source)} — {candidate.source.title.slice(0, 70)} ({candidate.productCount} products, {candidate.periodCount} periods, {span(candidate.firstPeriod, candidate.lastPeriod)})
            </option>
          ))}
        </select>
      </Field>
      <Field id="explorer-compare" label="Compare with">
        <select id="explorer-compare" value={compare?.source.id ?? ''} disabled={selection.sources.length < 2} onChange={(event) => onChange({ compare: valueOf(event) || null })}>
          <option value="">{selection.sources.length < 2 ? 'No other source for these choices' : 'No second source'}</option>
          {selection.sources
            .filter((candidate) => candidate !== view)
            .map((candidate) => (
              <option key={candidate.source.id} value={candidate.source.id}>
                {sourceName(candidate.source)} ({span(candidate.firstPeriod, candidate.lastPeriod)})
              </option>
            ))}
        </select>
      </Field>
    </div>
  );
}
