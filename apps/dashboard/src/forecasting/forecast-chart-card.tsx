import { renderFanChart, type FanChartData, type PredictionMarker } from '@marketlens/charts';
import { useCallback, useMemo } from 'preact/hooks';
import { ChartCard } from '../components/chart-card';
import { ChartFrame } from '../components/chart-frame';
import { fileSlug } from '../export/download';
import { citationOf } from '../format/citation';
import { forecastCsv, modelLabel, toFanChartData, valueBoundsFor, valueFormatFor, type Forecast } from './forecast-data';

interface ForecastChartCardProps {
  readonly forecast: Forecast;
  readonly predictions: readonly PredictionMarker[];
  /** The card's heading (the overview names what it shows). */
  readonly title?: string;
  readonly height?: number;
}

/** The forecast's fan with its downloads; the caption of an export names the model, the vintage and every source. */
export function ForecastChartCard({ forecast, predictions, title = 'Forecast with 80% and 95% intervals', height = 400 }: ForecastChartCardProps) {
  const data = useMemo(() => toFanChartData(forecast, predictions), [forecast, predictions]);
  const unit = forecast.series.unit;
  const render = useCallback(
    (container: HTMLElement, chart: FanChartData, size: { width: number; height: number }) => renderFanChart(container, chart, { ...size, formatValue: valueFormatFor(unit), valueBounds: valueBoundsFor(unit) }),
    [unit],
  );
  const sources = [...new Set([...forecast.history, ...forecast.actualsAfter].map((point) => citationOf(point.source)))];
  const model = forecast.model ? `${modelLabel(forecast.model)}, chosen by ${forecast.chosenBy}` : 'no model could be fitted';
  return (
    <ChartCard
      title={title}
      name="forecast-card"
      exports={{
        fileName: `marketlens-forecast-${fileSlug(data.label)}`,
        title: `the forecast chart, ${data.label}`,
        caption: [`Forecast: ${data.label}`, `Model: ${model}`, ...sources.map((source) => `Source: ${source}`), ...predictions.map((prediction) => `Prediction: ${prediction.lines[0]}`)],
        csv: () => forecastCsv(forecast),
      }}
      footer={<p class="hint">Dots: measurements the model saw. Dashed line and bands: the point forecast with its 80% (darker) and 95% intervals. Rings: what was measured after the vintage. Diamonds: published predictions, squares the actuals they were scored on.</p>}
    >
      <ChartFrame data={data} render={render} height={height} label={`Forecast chart: ${data.label}`} />
    </ChartCard>
  );
}
