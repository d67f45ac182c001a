import { SourceCitation } from '../../components/source-citation';
import type { ScoredPrediction } from '../../forecasting/prediction-overlay';
import { actualText, isGartnerFreeImCall, measureText, predictedText, resultLabel, tableOrder } from './scorecard-data';

/** Every published prediction against what was measured: hit or miss, Brier score, flags and both sources. */
export function ScorecardTable({ predictions }: { predictions: readonly ScoredPrediction[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Prediction scorecard, scrollable">
      <table class="data-table scorecard-table">
        <caption>Published predictions, scored ones first. The highlighted row is Gartner’s 2001 call on free IM in enterprises.</caption>
        <thead>
          <tr>
            <th scope="col">Forecaster</th>
            <th scope="col">Made on</th>
            <th scope="col">Target</th>
            <th scope="col">Predicted</th>
            <th scope="col">Actual</th>
            <th scope="col">Result</th>
            <th scope="col">Brier</th>
            <th scope="col">Flags</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {tableOrder(predictions).map((prediction) => {
            const featured = isGartnerFreeImCall(prediction);
            return (
              <tr key={prediction.id} class={featured ? 'scorecard-featured' : undefined} data-prediction={prediction.id}>
                <th scope="row">
                  {prediction.forecaster}
                  {featured && <span class="badge featured-badge">Gartner’s free-IM call</span>}
                </th>
                <td class="nowrap">{prediction.madeOn}</td>
                <td class="nowrap">{prediction.target}</td>
                <td>
                  {predictedText(prediction)}
                  <span class="measure">{measureText(prediction)}</span>
                </td>
                <td>
                  {actualText(prediction)}
                  {prediction.actual && <span class="measure">{prediction.actual.period}</span>}
                </td>
                <td>
                  <span class={`result result-${resultLabel(prediction.hit).toLowerCase()}`}>{resultLabel(prediction.hit)}</span>
                </td>
                <td title={prediction.brier === null || prediction.brier === undefined ? 'No probability was stated, so there is no Brier score' : undefined}>{prediction.brier === null || prediction.brier === undefined ? '—' : prediction.brier.toFixed(3)}</td>
                <td>
                  {prediction.flags.length > 0 ? (
                    <ul class="flag-list">
                      {prediction.flags.map((flag) => (
                        <li key={flag}>{flag}</li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
                <td class="sources-cell">
                  <SourceCitation source={prediction.source} prefix="Prediction: " maxLength={100} />
                  {prediction.actual && <SourceCitation source={prediction.actual.source} prefix="Actual: " maxLength={100} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
