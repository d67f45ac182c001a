import { Injectable } from '@nestjs/common';
import { compareModels, forecastWithIntervals, type ForecastModel as Model, type ModelComparison } from '@marketlens/analytics';
import { nextPeriodStarts, periodLabel } from '@marketlens/domain';
import { AnalysisCache } from '../analysis-cache/analysis-cache.service.js';
import { SeriesService } from '../series/series.service.js';
import { candidatesFor, modelFor, scaleOf, unfitReason } from './candidate-models.js';
import type { ForecastInput } from './dto/forecast.input.js';
import { ForecastModelName, type BacktestScoreModel, type ForecastModel } from './models/forecast.model.js';

const REPLICATES = 500;
const SEED = 1;
const BACKTEST_HORIZON = 3;

@Injectable()
export class ForecastsService {
  constructor(
    private readonly seriesService: SeriesService,
    private readonly cache: AnalysisCache,
  ) {}

  forecast(input: ForecastInput): Promise<ForecastModel> {
    return this.cache.remember('forecast', input, () => this.compute(input));
  }

  private async compute(input: ForecastInput): Promise<ForecastModel> {
    const series = await this.seriesService.series(input.series);
    const history = input.asOf ? series.points.filter((point) => point.start <= input.asOf!) : series.points;
    const actualsAfter = series.points.slice(history.length);
    const base: ForecastModel = { series, vintage: input.asOf ?? null, model: null, chosenBy: 'nothing could be fitted', parameters: [], history, actualsAfter, points: [], backtest: [], warnings: [] };
    const values = history.map((point) => point.value);
    const scale = scaleOf(series.metric);
    if (values.length < 2) return { ...base, warnings: [`The series has ${values.length} point${values.length === 1 ? '' : 's'} up to ${input.asOf ?? 'now'}: nothing to forecast from.`] };
    const choice = this.choose(input.model, values, scale);
    if (!choice.model) return { ...base, backtest: choice.backtest, warnings: choice.warnings };
    const intervals = forecastWithIntervals(choice.model, values, { horizon: input.horizon, replicates: REPLICATES, seed: SEED });
    if (intervals.status === 'failed') {
      return { ...base, model: choice.model.name, backtest: choice.backtest, warnings: [...choice.warnings, `${choice.model.name} could not be fitted: ${intervals.reason}`] };
    }
    const fit = choice.model.fit(values);
    const last = history[history.length - 1]!;
    const bounds = boundsOf(series.unit);
    const clip = (value: number): number => Math.min(bounds.upper, Math.max(bounds.lower, value));
    const clipped = intervals.bands.some((band) => band.lower95 < bounds.lower || band.upper95 > bounds.upper);
    const starts = nextPeriodStarts(last.start, last.granularity, input.horizon);
    return {
      ...base,
      model: choice.model.name,
      chosenBy: choice.chosenBy,
      parameters: fit.status === 'converged' ? Object.entries(fit.parameters).map(([name, estimate]) => ({ name, estimate })) : [],
      points: intervals.bands.map((band, index) => ({
        period: periodLabel(starts[index]!, last.granularity),
        start: starts[index]!,
        value: clip(band.point),
        lower80: clip(band.lower80),
        upper80: clip(band.upper80),
        lower95: clip(band.lower95),
        upper95: clip(band.upper95),
      })),
      backtest: choice.backtest,
      warnings: [
        ...choice.warnings,
        ...shapeWarnings(history, choice.backtest),
        ...(clipped ? [`Some intervals ran past what the metric allows (${bounds.lower}–${bounds.upper === Infinity ? '∞' : bounds.upper}) and are cut there: read them as very uncertain.`] : []),
        ...intervals.warnings,
        ...(fit.status === 'converged' ? fit.warnings : []),
      ],
    };
  }

  /** The user's model, or (AUTO) the one with the lowest backtest error; never the best in-sample fit. */
  private choose(name: ForecastModelName, values: readonly number[], scale: ReturnType<typeof scaleOf>): { model: Model | null; chosenBy: string; backtest: BacktestScoreModel[]; warnings: string[] } {
    const all = candidatesFor(scale).map((candidate) => ({ candidate, why: unfitReason(candidate, scale, values) }));
    const candidates = all.flatMap(({ candidate, why }) => (why ? [] : [candidate]));
    const unfit = all.flatMap(({ why }) => why ?? []);
    const comparison = backtest(values, candidates);
    const scores = comparison ? toScores(comparison) : [];
    if (name !== ForecastModelName.AUTO) {
      const model = modelFor(name, scale);
      const why = unfitReason(model, scale, values);
      const warnings = why ? [why] : values.length < model.minimumLength ? [`${model.name} needs at least ${model.minimumLength} points; the series has ${values.length}.`] : [];
      return { model: warnings.length > 0 ? null : model, chosenBy: 'the user', backtest: scores, warnings };
    }
    const chosen = comparison?.chosen ? candidates.find((candidate) => candidate.name === comparison.chosen) : undefined;
    if (chosen) return { model: chosen, chosenBy: `backtest (${comparison!.reason})`, backtest: scores, warnings: unfit };
    const fallback = candidates.find((candidate) => candidate.minimumLength <= values.length && candidate.name !== 'naive') ?? candidates.find((candidate) => candidate.name === 'naive')!;
    return {
      model: fallback,
      chosenBy: 'default (the series is too short to backtest)',
      backtest: scores,
      warnings: [...unfit, `With ${values.length} points the series is too short to backtest; ${fallback.name} is used without evidence that it forecasts this series well.`],
    };
  }
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

/** A rolling-origin comparison of the candidates long enough for the series, or null when none can be backtested. */
function backtest(values: readonly number[], candidates: readonly Model[]): ModelComparison | null {
  const usable = candidates.filter((candidate) => candidate.minimumLength < values.length);
  if (usable.length === 0) return null;
  const minimumTrainingLength = Math.max(...usable.map((candidate) => candidate.minimumLength));
  return compareModels(values, usable, { minimumTrainingLength, horizon: Math.min(BACKTEST_HORIZON, values.length - minimumTrainingLength), intervals: { replicates: 100, seed: SEED } });
}

function toScores(comparison: ModelComparison): BacktestScoreModel[] {
  return comparison.ranking.map((score) => {
    const result = comparison.backtests.find((candidate) => candidate.model === score.model);
    return {
      model: score.model,
      eligible: score.eligible,
      // The ranking's MASE (over the origins every model could forecast), so the table reads in rank order.
      mase: score.score ?? result?.overall.mase ?? null,
      mape: result?.overall.mape ?? null,
      coverage80: result?.overall.coverage80 ?? null,
      coverage95: result?.overall.coverage95 ?? null,
      origins: score.origins,
      note: score.note,
    };
  });
}
