import { CsvButton } from '../../components/csv-button';
import { SourceCitation } from '../../components/source-citation';
import type { PredictionScorecardQuery } from '../../gql/graphql';
import { actualText, isGartnerFreeImCall, predictedText, resultLabel, scorecardCsv } from './scorecard-data';
import { ScorecardTable } from './scorecard-table';

type Scorecard = PredictionScorecardQuery['predictionScorecard'];

/** The prediction scorecard: a callout for Gartner's 2001 call, the tally and rule, and the full table. */
export function ScorecardSection({ scorecard }: { scorecard: Scorecard }) {
  const gartner = scorecard.predictions.find(isGartnerFreeImCall);
  return (
    <section class="scorecard" aria-labelledby="scorecard-title">
      <div class="chart-card-header">
        <h3 id="scorecard-title">Prediction scorecard</h3>
        <CsvButton fileName="marketlens-prediction-scorecard" title="the prediction scorecard" csv={() => scorecardCsv(scorecard.predictions, scorecard.rule)} />
      </div>
      {gartner && (
        <aside class="gartner-callout" aria-label="Gartner’s 2001 prediction">
          <p>
            <strong>
              Gartner, {gartner.madeOn}: free IM in {predictedText(gartner)} of enterprises by {gartner.target}.
            </strong>{' '}
            {gartner.actual ? `Measured: ${actualText(gartner)} (${gartner.actual.period}). ` : 'Nothing was measured for the target yet. '}
            <span class={`result result-${resultLabel(gartner.hit).toLowerCase()}`}>{resultLabel(gartner.hit)}</span>
            {gartner.flags.length > 0 && <> — but {gartner.flags.map((flag) => flag.charAt(0).toLowerCase() + flag.slice(1)).join(' ')}</>}
          </p>
          <p class="hint">
            <SourceCitation source={gartner.source} prefix="Prediction: " maxLength={140} />
            {gartner.actual && (
              <>
                {' · '}
                <SourceCitation source={gartner.actual.source} prefix="Actual: " maxLength={140} />
              </>
            )}
          </p>
        </aside>
      )}
      <p>
        {scorecard.hits} hit{scorecard.hits === 1 ? '' : 's'}, {scorecard.misses} miss{scorecard.misses === 1 ? '' : 'es'}, {scorecard.unscored} unscored (nothing measured for the target, or not in these datasets). Mean Brier score:{' '}
        {scorecard.meanBrier === null || scorecard.meanBrier === undefined ? 'none (no prediction stated a probability)' : scorecard.meanBrier.toFixed(3)}.
      </p>
      <p class="hint">{scorecard.rule}</p>
      <ScorecardTable predictions={scorecard.predictions} />
    </section>
  );
}
