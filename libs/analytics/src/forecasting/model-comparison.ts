/**
 * Picks a default model for a series by rolling-origin backtest error, never by in-sample fit (a model with
 * more parameters always fits better in sample and may still forecast worse).
 * - Models whose fit failed at more than `maxFailureShare` of the origins are not eligible (a default that
 *   often cannot produce a forecast is a bad default).
 * - The eligible models are scored on the origins where every one of them produced forecasts, so no model is
 *   judged on easier origins than another: mean scaled error (MASE, default) or MAPE over all horizons.
 * - Ties (within `tieTolerance`, relative) go to the model with fewer parameters, then to the earlier in the list.
 * - A choice needs at least `minimumOrigins` (default 3) common origins: with fewer, one or two forecasts per
 *   horizon decide, which is luck, not evidence. The comparison then says so (a typed warning) and uses the
 *   caller's `fallback` model, or chooses none.
 */
import { rollingOriginBacktest, summarizeAccuracy, type BacktestOptions, type BacktestResult } from './backtest.js';
import { type ForecastModel } from './forecast-model.js';

export interface ModelComparisonOptions extends BacktestOptions {
  criterion?: 'mase' | 'mape';
  /** Largest share of failed origins a model may have and stay eligible; default 0.2. */
  maxFailureShare?: number;
  /** Relative difference of scores below which two models tie; default 1e-9. */
  tieTolerance?: number;
  /** Fewest common origins a choice may rest on; default MINIMUM_BACKTEST_ORIGINS (3). */
  minimumOrigins?: number;
  /** The model (a name among `models`) to use when the backtest cannot choose. */
  fallback?: string;
}

export const MINIMUM_BACKTEST_ORIGINS = 3;

/** Why the backtest did not choose, for the caller to show (message) or act on (code). */
export type ModelComparisonWarning =
  | { code: 'too-few-origins'; origins: number; required: number; message: string }
  | { code: 'no-eligible-model'; message: string };

export interface ModelScore {
  model: string;
  parameterCount: number;
  eligible: boolean;
  /** Backtest error on the common origins; null when not eligible. */
  score: number | null;
  failedOrigins: number;
  origins: number;
  note: string | null;
}

export interface ModelComparison {
  criterion: 'mase' | 'mape';
  /** The chosen model's name: by backtest, else the fallback, else null. */
  chosen: string | null;
  chosenBy: 'backtest' | 'fallback' | 'none';
  reason: string;
  warnings: ModelComparisonWarning[];
  /** Eligible models best first, then the others in the order given. */
  ranking: ModelScore[];
  commonOrigins: number[];
  backtests: BacktestResult[];
}

export function compareModels(
  series: readonly number[],
  models: readonly ForecastModel[],
  options: ModelComparisonOptions,
): ModelComparison {
  if (models.length === 0) throw new Error('compareModels needs at least one model');
  const names = new Set(models.map((m) => m.name));
  if (names.size !== models.length) throw new Error('model names must be unique; give duplicates a name option');
  const criterion = options.criterion ?? 'mase';
  if (criterion !== 'mase' && criterion !== 'mape') {
    throw new Error(`criterion must be 'mase' or 'mape', not '${String(criterion)}'`);
  }
  const maxFailureShare = options.maxFailureShare ?? 0.2;
  if (!(maxFailureShare >= 0 && maxFailureShare < 1)) {
    throw new Error(`maxFailureShare must be in [0, 1), not ${maxFailureShare}`);
  }
  const tieTolerance = options.tieTolerance ?? 1e-9;
  const minimumOrigins = options.minimumOrigins ?? MINIMUM_BACKTEST_ORIGINS;
  if (!Number.isInteger(minimumOrigins) || minimumOrigins < 1) {
    throw new Error(`minimumOrigins must be a positive integer, not ${minimumOrigins}`);
  }
  const fallback = options.fallback ?? null;
  if (fallback !== null && !names.has(fallback)) {
    throw new Error(`fallback '${fallback}' is not one of the models compared (${[...names].join(', ')})`);
  }

  const backtests = models.map((model) => rollingOriginBacktest(series, model, options));
  const eligible = backtests.map(
    (b) => b.failures.length < b.origins.length && b.failures.length <= maxFailureShare * b.origins.length,
  );
  const failedAt = backtests.map((b) => new Set(b.failures.map((f) => f.origin)));
  const allOrigins = backtests[0]?.origins ?? [];
  const commonOrigins = allOrigins.filter((origin) =>
    backtests.every((_, i) => !eligible[i] || !failedAt[i]?.has(origin)),
  );

  const scores: ModelScore[] = backtests.map((backtest, i) => {
    const model = models[i] as ForecastModel;
    const base = {
      model: model.name,
      parameterCount: model.parameterCount,
      failedOrigins: backtest.failures.length,
      origins: backtest.origins.length,
    };
    if (!eligible[i]) {
      const note = `fit failed at ${backtest.failures.length} of ${backtest.origins.length} origins`;
      return { ...base, eligible: false, score: null, note };
    }
    const summary = summarizeAccuracy(backtest.forecasts.filter((f) => commonOrigins.includes(f.origin)));
    const score = criterion === 'mase' ? summary.mase : summary.mape;
    if (score === null || !Number.isFinite(score)) {
      return { ...base, eligible: false, score: null, note: `no ${criterion.toUpperCase()} on the common origins` };
    }
    return { ...base, eligible: true, score, note: null };
  });

  const order = new Map(models.map((m, i) => [m.name, i]));
  const ranked = scores
    .filter((s) => s.eligible)
    .sort((a, b) => {
      const sa = a.score ?? Infinity;
      const sb = b.score ?? Infinity;
      const tie = Math.abs(sa - sb) <= tieTolerance * Math.max(Math.abs(sa), Math.abs(sb));
      if (!tie) return sa - sb;
      return a.parameterCount - b.parameterCount || (order.get(a.model) ?? 0) - (order.get(b.model) ?? 0);
    });
  const ranking = [...ranked, ...scores.filter((s) => !s.eligible)];
  const best = ranked[0];
  const unchosen = (warning: ModelComparisonWarning): ModelComparison => ({
    criterion,
    chosen: fallback,
    chosenBy: fallback === null ? 'none' : 'fallback',
    reason: fallback === null ? warning.message : `${warning.message}; using ${fallback}, the caller's pick`,
    warnings: [warning],
    ranking,
    commonOrigins,
    backtests,
  });
  if (!best) {
    const message = eligible.some(Boolean)
      ? 'the models that fit often enough never produced forecasts at the same origins'
      : 'no model produced forecasts at enough origins';
    return unchosen({ code: 'no-eligible-model', message });
  }
  if (commonOrigins.length < minimumOrigins) {
    const origins = commonOrigins.length;
    const message = `the backtest has ${origins} common origin${origins === 1 ? '' : 's'}; choosing a model needs at least ${minimumOrigins}`;
    return unchosen({ code: 'too-few-origins', origins, required: minimumOrigins, message });
  }
  const runnerUp = ranked[1];
  const tied =
    runnerUp !== undefined &&
    Math.abs((runnerUp.score ?? 0) - (best.score ?? 0)) <= tieTolerance * Math.abs(best.score ?? 0);
  const label = criterion.toUpperCase();
  const reason = tied
    ? `${best.model} ties ${runnerUp.model} on backtest ${label} ${best.score}; chosen for fewer parameters or listed first`
    : `${best.model} has the lowest backtest ${label} (${best.score}) over ${commonOrigins.length} common origins`;
  return { criterion, chosen: best.model, chosenBy: 'backtest', reason, warnings: [], ranking, commonOrigins, backtests };
}
