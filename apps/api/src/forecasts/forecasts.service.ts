import { Injectable } from '@nestjs/common';
import { nextPeriodStarts, periodLabel } from '@marketlens/domain';
import { AnalysisCache } from '../analysis-cache/analysis-cache.service.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import type { SeriesKeyInput } from '../series/dto/series-key.input.js';
import { SeriesService } from '../series/series.service.js';
import { CpuPool } from '../workers/cpu-pool.js';
import { workerTask } from '../workers/worker-task.js';
import { scaleOf } from './candidate-models.js';
import type { ForecastInput } from './dto/forecast.input.js';
import type { forecastTask, ForecastTaskResult } from './forecast.task.js';
import type { BacktestScoreModel, ForecastModel } from './models/forecast.model.js';

/** The backtest refits every candidate at every origin: its time grows faster than the series. */
export const MAX_FORECAST_POINTS = 150;

const FORECAST_TASK = workerTask<typeof forecastTask>(import.meta.url, './forecast.task.js', 'forecastTask');

@Injectable()
export class ForecastsService {
  constructor(
    private readonly seriesService: SeriesService,
    private readonly cache: AnalysisCache,
    private readonly pool: CpuPool,
  ) {}

  async forecast(input: ForecastInput): Promise<ForecastModel> {
    const series = await this.seriesService.series(input.series);
    const history = input.asOf ? series.points.filter((point) => point.start <= input.asOf!) : series.points;
    const actualsAfter = series.points.slice(history.length);
    const base: ForecastModel = { series, vintage: input.asOf ?? null, model: null, chosenBy: 'nothing could be fitted', intervalMethod: null, intervalNote: null, parameters: [], history, actualsAfter, points: [], backtest: [], warnings: [] };
    const values = history.map((point) => point.value);
    if (values.length < 2) return { ...base, warnings: [`The series has ${values.length} point${values.length === 1 ? '' : 's'} up to ${input.asOf ?? 'now'}: nothing to forecast from.`] };
    if (values.length > MAX_FORECAST_POINTS) {
      throw new AppError(AppErrorCode.BadInput, `This series has ${values.length} points up to ${input.asOf ?? 'now'}; forecasts fit at most ${MAX_FORECAST_POINTS} (the backtest refits every model at every origin). Choose an earlier asOf or a coarser series.`);
    }
    // Keyed by what the fit sees (the series, how many of its points, the model, the horizon), not by
    // how asOf was written: every date between two periods shares one entry.
    const request = { series: seriesKey(input.series), points: values.length, model: input.model, horizon: input.horizon };
    const fitted = await this.cache.remember('forecast', request, () => this.pool.run(FORECAST_TASK, { model: input.model, values, scale: scaleOf(series.metric), horizon: input.horizon }));
    return shape(base, fitted, input.horizon);
  }
}

/** A series key with its fields in one order, whatever order the client sent them in. */
export function seriesKey(key: SeriesKeyInput): SeriesKeyInput {
  return { productId: key.productId, metric: key.metric, segment: key.segment, geography: key.geography, panel: key.panel };
}

/** The forecast the chart draws: dated, clipped to what the metric allows, with every warning. */
function shape(base: ForecastModel, fitted: ForecastTaskResult, horizon: number): ForecastModel {
  if (fitted.status === 'no-model') return { ...base, backtest: fitted.backtest, warnings: fitted.warnings };
  if (fitted.status === 'failed') return { ...base, model: fitted.model, backtest: fitted.backtest, warnings: fitted.warnings };
  const last = base.history[base.history.length - 1]!;
  const bounds = boundsOf(base.series.unit);
  const clip = (value: number): number => Math.min(bounds.upper, Math.max(bounds.lower, value));
  const clipped = fitted.bands.some((band) => band.lower95 < bounds.lower || band.upper95 > bounds.upper);
  const starts = nextPeriodStarts(last.start, last.granularity, horizon);
  return {
    ...base,
    model: fitted.model,
    chosenBy: fitted.chosenBy,
    intervalMethod: fitted.intervalMethod,
    intervalNote: fitted.intervalNote,
    parameters: fitted.parameters,
    points: fitted.bands.map((band, index) => ({
      period: periodLabel(starts[index]!, last.granularity),
      start: starts[index]!,
      value: clip(band.point),
      lower80: clip(band.lower80),
      upper80: clip(band.upper80),
      lower95: clip(band.lower95),
      upper95: clip(band.upper95),
    })),
    backtest: fitted.backtest,
    warnings: [
      ...fitted.choiceWarnings,
      ...shapeWarnings(base.history, fitted.backtest),
      ...(clipped ? [`Some intervals ran past what the metric allows (${bounds.lower}–${bounds.upper === Infinity ? '∞' : bounds.upper}) and are cut there: read them as very uncertain.`] : []),
      ...fitted.intervalWarnings,
      ...fitted.fitWarnings,
    ],
  };
}

/** What a forecast's numbers cannot hold: shares and rates stay within 0–100%, counts and money at or above 0. */
function boundsOf(unit: string): { lower: number; upper: number } {
  return unit === 'percent' ? { lower: 0, upper: 100 } : { lower: 0, upper: Infinity };
}

/** Plain cautions about the series itself: mixed period lengths, a choice resting on few backtest origins. */
function shapeWarnings(history: readonly { granularity: string }[], backtest: readonly BacktestScoreModel[]): string[] {
  const warnings: string[] = [];
  const granularities = new Set(history.map((point) => point.granularity));
  if (granularities.size > 1) warnings.push(`The series mixes ${[...granularities].join(' and ')} periods; the models treat them as evenly spaced steps.`);
  const origins = Math.max(0, ...backtest.map((score) => score.origins));
  if (backtest.length > 0 && origins < 3) warnings.push(`The backtest rests on ${origins} forecast origin${origins === 1 ? '' : 's'}: the model choice is weak evidence.`);
  return warnings;
}
