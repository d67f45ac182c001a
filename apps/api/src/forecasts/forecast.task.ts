/**
 * The CPU-heavy half of a forecast — backtests of every candidate, the bootstrap, the fit — run in a
 * worker thread (see workers/cpu-pool.ts). Plain data in, plain data out; imports nothing that
 * needs the GraphQL schema.
 */
import { compareModels, fitBass, forecastWithIntervals, type ForecastBand, type ForecastModel as Model, type ModelComparison, type SeriesScale } from '@marketlens/analytics';
import { candidatesFor, modelFor, unfitReason } from './candidate-models.js';
import { ForecastModelName } from './forecast-model-name.js';
import type { BacktestScoreModel } from './models/forecast.model.js';

const REPLICATES = 500;
const SEED = 1;
const BACKTEST_HORIZON = 3;

export interface ForecastTaskInput {
  readonly model: ForecastModelName;
  readonly values: readonly number[];
  readonly scale: SeriesScale;
  readonly horizon: number;
}

export type ForecastTaskResult =
  | { readonly status: 'no-model'; readonly chosenBy?: undefined; readonly backtest: BacktestScoreModel[]; readonly warnings: string[] }
  | { readonly status: 'failed'; readonly model: string; readonly backtest: BacktestScoreModel[]; readonly warnings: string[] }
  | {
      readonly status: 'fitted';
      readonly model: string;
      readonly chosenBy: string;
      /** How the intervals were made (bootstrap, or Student's t with too few residuals), and why. */
      readonly intervalMethod: string;
      readonly intervalNote: string | null;
      readonly backtest: BacktestScoreModel[];
      /** Warnings about the choice, then the intervals', then the fit's. */
      readonly choiceWarnings: string[];
      readonly intervalWarnings: string[];
      readonly fitWarnings: string[];
      readonly parameters: Array<{ name: string; estimate: number }>;
      readonly bands: ForecastBand[];
    };

export function forecastTask(input: ForecastTaskInput): ForecastTaskResult {
  const choice = choose(input.model, input.values, input.scale);
  if (!choice.model) return { status: 'no-model', backtest: choice.backtest, warnings: choice.warnings };
  const intervals = forecastWithIntervals(choice.model, input.values, { horizon: input.horizon, replicates: REPLICATES, seed: SEED });
  if (intervals.status === 'failed') {
    return { status: 'failed', model: choice.model.name, backtest: choice.backtest, warnings: [...choice.warnings, `${choice.model.name} could not be fitted: ${intervals.reason}`] };
  }
  const fit = choice.model.fit(input.values);
  return {
    status: 'fitted',
    model: choice.model.name,
    chosenBy: choice.chosenBy,
    intervalMethod: intervals.method,
    intervalNote: intervals.methodNote,
    backtest: choice.backtest,
    choiceWarnings: choice.warnings,
    intervalWarnings: intervals.warnings,
    fitWarnings: fit.status === 'converged' ? [...fit.warnings] : [],
    parameters: fit.status === 'converged' ? Object.entries(fit.parameters).map(([name, estimate]) => ({ name, estimate })) : [],
    bands: intervals.bands,
  };
}

/** A Bass fit of per-period adoptions: the parameters, or why it failed. */
export function bassFitTask(adoptions: readonly number[]): { m: number; p: number; q: number } | { reason: string } {
  const fit = fitBass(adoptions);
  return fit.status === 'converged' ? fit.params : { reason: fit.reason };
}

/** The user's model, or (AUTO) the one with the lowest backtest error; never the best in-sample fit. */
function choose(name: ForecastModelName, values: readonly number[], scale: SeriesScale): { model: Model | null; chosenBy: string; backtest: BacktestScoreModel[]; warnings: string[] } {
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
  const tooFew = comparison?.warnings.find((warning) => warning.code === 'too-few-origins');
  const why =
    tooFew && tooFew.code === 'too-few-origins'
      ? `the backtest has ${tooFew.origins} forecast origin${tooFew.origins === 1 ? '' : 's'} and choosing needs ${tooFew.required}`
      : `with ${values.length} points the series is too short to backtest`;
  return {
    model: fallback,
    chosenBy: `default (${why})`,
    backtest: scores,
    warnings: [...unfit, `No model was chosen by backtest: ${why}; ${fallback.name} is used without evidence that it forecasts this series well. Pick a model to compare.`],
  };
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
