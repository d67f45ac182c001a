import type { FanPoint } from '../marks/fan.js';
import type { ObservedPoint } from '../marks/observed-dots.js';
import type { PredictionMarker } from '../marks/prediction-markers.js';
import type { TooltipContent } from '../tooltip.js';

type Format = (value: number) => string;

export function observedTooltip(point: ObservedPoint, after: boolean, format: Format): TooltipContent {
  return {
    title: `${point.period} — ${after ? 'measured after the vintage' : 'measured (the model saw it)'}`,
    rows: [['Value', format(point.value)]],
    footnotes: point.details,
  };
}

export function forecastTooltip(point: FanPoint, format: Format): TooltipContent {
  return {
    title: `${point.period} — forecast`,
    rows: [
      ['Point forecast', format(point.value)],
      ['80% interval', `${format(point.lower80)} to ${format(point.upper80)}`],
      ['95% interval', `${format(point.lower95)} to ${format(point.upper95)}`],
    ],
    footnotes: [],
  };
}

const verdict = (hit: boolean | null | undefined): string => (hit === true ? 'hit' : hit === false ? 'miss' : 'unscored');

export function predictionTooltip(prediction: PredictionMarker, format: Format): TooltipContent {
  return {
    title: `Prediction: ${prediction.label}`,
    rows: [
      ['Predicted', format(prediction.value)],
      ['Actual', prediction.actual ? format(prediction.actual.value) : 'nothing measured'],
      ['Scored', verdict(prediction.hit)],
    ],
    footnotes: prediction.lines,
  };
}
