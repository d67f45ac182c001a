import { CsvButton } from '../../components/csv-button';
import { fileSlug } from '../../export/download';
import { formatAmount } from '../../format/quantities';
import { seriesLabel } from '../../series/series-label';
import { estimateRows, estimatesCsv, type BundlingEffect } from './effect-data';
import type { EffectEvent, MethodName } from './effect-state';

interface EffectEstimatesProps {
  readonly effect: BundlingEffect;
  readonly event: EffectEvent;
  readonly method: MethodName;
}

/** How an interval reads: whether it rules out no effect. */
function reading(lower: number, upper: number): string {
  if (lower > 0) return 'above zero: an increase';
  if (upper < 0) return 'below zero: a decrease';
  return 'includes zero: no effect cannot be ruled out';
}

/** Level and slope change, effect and cumulative effect with 95% intervals; donor weights and the placebo p-value. */
export function EffectEstimates({ effect, event, method }: EffectEstimatesProps) {
  const unit = effect.series.unit;
  const amount = (value: number, perYear = false) => `${formatAmount(value, unit)}${perYear ? ' per year' : ''}`;
  return (
    <section class="effect-estimates" aria-labelledby="effect-estimates-title">
      <div class="chart-card-header">
        <h3 id="effect-estimates-title">Estimates</h3>
        <CsvButton fileName={`marketlens-estimates-${fileSlug(seriesLabel(effect.series))}`} title="the estimates" csv={() => estimatesCsv(effect, event, method)} />
      </div>
      {estimateRows(effect).length > 0 && (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Estimate</th>
              <th scope="col">Value</th>
              <th scope="col">95% interval</th>
              <th scope="col">Standard error</th>
              <th scope="col">The interval is…</th>
            </tr>
          </thead>
          <tbody>
            {estimateRows(effect).map(({ name, estimate, perYear }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{amount(estimate!.estimate, perYear)}</td>
                <td>
                  {amount(estimate!.lower, perYear)} to {amount(estimate!.upper, perYear)}
                </td>
                <td>{amount(estimate!.standardError, perYear)}</td>
                <td>{reading(estimate!.lower, estimate!.upper)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {effect.weights.length > 0 && (
        <table class="data-table">
          <caption>Donor weights of the synthetic control</caption>
          <thead>
            <tr>
              <th scope="col">Donor</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {effect.weights.map((weight) => (
              <tr key={weight.name}>
                <th scope="row">{weight.name}</th>
                <td>{(weight.weight * 100).toFixed(1)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {effect.pValue !== null && effect.pValue !== undefined && (
        <p>
          Placebo p-value: <strong>{effect.pValue.toFixed(3)}</strong> — the share of placebo runs (each donor treated as if it had the event) whose post/pre error ratio is at least the treated series’.
          {effect.preRmspe !== null && effect.preRmspe !== undefined && <> Fit before the event (RMSPE): {amount(effect.preRmspe)}.</>}
        </p>
      )}
      {effect.method === 'SYNTHETIC_CONTROL' && <p class="hint">Synthetic control gives no 95% band: its uncertainty is the placebo p-value.</p>}
      {effect.warnings.length > 0 && (
        <ul class="warning-list" aria-label="Warnings about this estimate">
          {effect.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
