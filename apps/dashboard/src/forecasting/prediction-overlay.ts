import type { PredictionMarker } from '@marketlens/charts';
import { parsePeriod, periodEnd } from '@marketlens/domain';
import { citationOf } from '../format/citation';
import { formatAmount } from '../format/quantities';
import type { PredictionScorecardQuery } from '../gql/graphql';
import { utcDate } from './forecast-data';

export type ScoredPrediction = PredictionScorecardQuery['predictionScorecard']['predictions'][number];

interface SeriesScope {
  readonly metric: string;
  readonly segment: string;
  readonly geography: string;
  readonly unit: string;
}

/** The first day of a period label ("2003" → 2003-01-01, "2003-12-31" → that day); null when it does not parse. */
export function periodDate(label: string): Date | null {
  const parsed = parsePeriod(label);
  return parsed.ok ? utcDate(parsed.period.start) : null;
}

/** The first day of a period and the first day after it; null when the label does not parse. */
export function periodSpan(label: string): [Date, Date] | null {
  const parsed = parsePeriod(label);
  return parsed.ok ? [utcDate(parsed.period.start), utcDate(periodEnd(parsed.period.start, parsed.period.granularity))] : null;
}

/** Published predictions about the same measure as the series: same metric, segment and geography. */
export function predictionsAbout(predictions: readonly ScoredPrediction[], series: SeriesScope): ScoredPrediction[] {
  return predictions.filter((prediction) => prediction.metric === series.metric && prediction.segment === series.segment && prediction.geography === series.geography);
}

const verdict = (hit: boolean | null | undefined): string => (hit === true ? 'Hit' : hit === false ? 'Miss' : 'Unscored');

/** A prediction as the fan chart marks it: at its target period, with the actual it was scored against. */
export function toPredictionMarker(prediction: ScoredPrediction, unit: string): PredictionMarker | null {
  const date = periodDate(prediction.target);
  if (!date) return null;
  const actualDate = prediction.actual ? periodDate(prediction.actual.period) : null;
  const format = (value: number) => formatAmount(value, unit);
  return {
    key: prediction.id,
    date,
    value: prediction.value,
    label: `${prediction.forecaster}, ${prediction.madeOn}`,
    actual: prediction.actual && actualDate ? { date: actualDate, value: prediction.actual.value } : null,
    hit: prediction.hit ?? null,
    lines: [
      `${prediction.forecaster} (${prediction.madeOn}): ${format(prediction.value)} for ${prediction.target}.`,
      prediction.actual ? `Actual: ${format(prediction.actual.value)} in ${prediction.actual.period} (${prediction.actual.product}) — ${citationOf(prediction.actual.source)}.` : 'Nothing measured for the target period yet.',
      `${verdict(prediction.hit)} by the scorecard’s rule.`,
      ...prediction.flags.map((flag) => `Flag: ${flag}`),
      `Prediction source: ${citationOf(prediction.source)}`,
    ],
  };
}

/**
 * The predictions to mark on a chart spanning `span` (their target period overlaps it), and those whose
 * target falls outside it (said under the chart rather than stretching its time axis years past the forecast).
 */
export function predictionsOnChart(predictions: readonly ScoredPrediction[], unit: string, span: readonly [Date, Date]): { drawn: PredictionMarker[]; beyond: ScoredPrediction[] } {
  const drawn: PredictionMarker[] = [];
  const beyond: ScoredPrediction[] = [];
  for (const prediction of predictions) {
    const marker = toPredictionMarker(prediction, unit);
    const target = periodSpan(prediction.target);
    if (marker && target && target[0] <= span[1] && target[1] > span[0]) drawn.push(marker);
    else beyond.push(prediction);
  }
  return { drawn, beyond };
}
