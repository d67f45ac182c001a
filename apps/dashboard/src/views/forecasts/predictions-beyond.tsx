import { formatAmount } from '../../format/quantities';
import { Link } from '../../router/link';
import { ROUTES } from '../../router/paths';
import type { ScoredPrediction } from '../../forecasting/prediction-overlay';

/** Predictions of the same measure whose target lies outside the chart, said rather than drawn. */
export function PredictionsBeyond({ predictions, unit }: { predictions: readonly ScoredPrediction[]; unit: string }) {
  if (predictions.length === 0) return null;
  return (
    <p class="hint predictions-beyond">
      Published predictions of this measure beyond the chart’s span:{' '}
      {predictions.map((prediction) => `${prediction.forecaster} (${prediction.madeOn}): ${formatAmount(prediction.value, unit)} by ${prediction.target}`).join('; ')}. The{' '}
      <Link href={`${ROUTES.overview}#scorecard-title`}>prediction scorecard</Link> scores every one.
    </p>
  );
}
