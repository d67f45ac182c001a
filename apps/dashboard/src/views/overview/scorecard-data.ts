import { formatQuantity } from '@marketlens/domain';
import { toCsv } from '../../export/csv';
import { citationOf } from '../../format/citation';
import { metricLabel, segmentLabel } from '../../format/labels';
import type { ScoredPrediction } from '../../forecasting/prediction-overlay';

/** Gartner's October 2001 call: free IM in 70% of enterprises by 2003. */
export function isGartnerFreeImCall(prediction: Pick<ScoredPrediction, 'forecaster' | 'madeOn' | 'metric' | 'target'>): boolean {
  return prediction.forecaster === 'Gartner' && prediction.madeOn.startsWith('2001') && prediction.metric === 'enterprise_penetration' && prediction.target.startsWith('2003');
}

/** Scored predictions first (hits and misses), then the unscored; each group oldest first. */
export function tableOrder(predictions: readonly ScoredPrediction[]): ScoredPrediction[] {
  const scored = (prediction: ScoredPrediction) => (prediction.hit === null || prediction.hit === undefined ? 1 : 0);
  return [...predictions].sort((a, b) => scored(a) - scored(b) || a.madeOn.localeCompare(b.madeOn) || a.target.localeCompare(b.target));
}

export const resultLabel = (hit: boolean | null | undefined): string => (hit === true ? 'Hit' : hit === false ? 'Miss' : 'Unscored');

/** "70%", "180 million", "US$ 344 million": as the forecaster said it. */
export const predictedText = (prediction: ScoredPrediction): string => formatQuantity(prediction.originalValue, prediction.originalUnit);

export const actualText = (prediction: ScoredPrediction): string => (prediction.actual ? formatQuantity(prediction.actual.originalValue, prediction.actual.originalUnit) : '—');

/** "Enterprise penetration in enterprises, WW" */
export const measureText = (prediction: Pick<ScoredPrediction, 'metric' | 'segment' | 'geography' | 'product'>): string =>
  `${prediction.product ? `${prediction.product}: ` : ''}${metricLabel(prediction.metric)}${prediction.segment === 'all' ? '' : ` ${segmentLabel(prediction.segment)}`}, ${prediction.geography}`;

/** The scorecard as formula-safe CSV, one row per prediction with both citations. */
export function scorecardCsv(predictions: readonly ScoredPrediction[], rule: string): string {
  const rows = tableOrder(predictions).map((prediction) => [
    prediction.forecaster,
    prediction.madeOn,
    prediction.target,
    measureText(prediction),
    predictedText(prediction),
    prediction.actual ? actualText(prediction) : '',
    prediction.actual?.period ?? '',
    resultLabel(prediction.hit),
    prediction.brier,
    prediction.probability,
    prediction.flags.join(' | '),
    citationOf(prediction.source),
    prediction.source.url ?? '',
    prediction.actual ? citationOf(prediction.actual.source) : '',
    prediction.actual?.source.url ?? '',
    rule,
  ]);
  return toCsv(['forecaster', 'made_on', 'target', 'measure', 'predicted', 'actual', 'actual_period', 'result', 'brier', 'probability', 'flags', 'source', 'source_url', 'actual_source', 'actual_source_url', 'rule'], rows);
}
