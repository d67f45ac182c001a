import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodEnd, periodLabel, type Granularity } from '@marketlens/domain';
import type { DataSource } from 'typeorm';
import { AnalysisCache } from '../analysis-cache/analysis-cache.service.js';
import { sourceFromRow, type SourceColumns } from '../sources/models/source.model.js';
import type { ScorecardArgs } from './dto/scorecard.args.js';
import type { PredictionScoreModel, ScorecardModel, ScoredActualModel } from './models/scorecard.model.js';
import { ACTUALS_SQL, PREDICTIONS_SQL } from './scorecard.sql.js';

interface PredictionRow extends SourceColumns {
  id: number;
  made_on: string;
  made_granularity: Granularity;
  forecaster: string;
  target_start: string;
  target_granularity: Granularity;
  metric: string;
  segment: string;
  geography: string;
  product_id: number | null;
  product: string | null;
  value: number;
  unit: string;
  original_value: number;
  original_unit: string;
  probability: number | null;
  note: string | null;
}

interface ActualRow extends SourceColumns {
  period_start: string;
  granularity: Granularity;
  value: number;
  original_value: number;
  original_unit: string;
  segment: string;
  geography: string;
  note: string | null;
  product: string;
}

/** Published predictions against what was measured later: error, hit or miss, Brier score, and why a comparison may be unfair. */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnalysisCache,
  ) {}

  /**
   * Matching predictions to actuals is the work (one query per prediction), and it depends on the
   * data only: it is cached once per set of dataset versions, whatever tolerances clients send;
   * scoring against the tolerances is arithmetic.
   */
  async scorecard(args: ScorecardArgs): Promise<ScorecardModel> {
    const matches = await this.cache.remember('scorecard-matches', {}, () => this.match());
    const predictions = matches.map((match) => score(match.prediction, match.actual ?? undefined, args));
    const briers = predictions.flatMap((prediction) => (prediction.brier === null ? [] : [prediction.brier]));
    return {
      predictions,
      hits: predictions.filter((prediction) => prediction.hit === true).length,
      misses: predictions.filter((prediction) => prediction.hit === false).length,
      unscored: predictions.filter((prediction) => prediction.hit === null).length,
      meanBrier: briers.length > 0 ? briers.reduce((sum, value) => sum + value, 0) / briers.length : null,
      rule: `A hit is within ±${args.percentPoints} percentage points for a percentage, within ±${Math.round(args.tolerance * 100)}% otherwise; the actual is the latest measurement in the target period, the same geography and segment preferred.`,
    };
  }

  private async match(): Promise<Array<{ prediction: PredictionRow; actual: ActualRow | null }>> {
    const rows: PredictionRow[] = await this.dataSource.query(PREDICTIONS_SQL);
    const matches: Array<{ prediction: PredictionRow; actual: ActualRow | null }> = [];
    for (const row of rows) {
      const actuals: ActualRow[] = await this.dataSource.query(ACTUALS_SQL, [row.metric, row.target_start, periodEnd(row.target_start, row.target_granularity), row.geography, row.segment, row.product_id]);
      matches.push({ prediction: row, actual: actuals[0] ?? null });
    }
    return matches;
  }
}

function score(row: PredictionRow, actualRow: ActualRow | undefined, args: ScorecardArgs): PredictionScoreModel {
  const base: PredictionScoreModel = {
    id: String(row.id),
    forecaster: row.forecaster,
    product: row.product,
    madeOn: periodLabel(row.made_on, row.made_granularity),
    target: periodLabel(row.target_start, row.target_granularity),
    metric: row.metric,
    segment: row.segment,
    geography: row.geography,
    value: row.value,
    originalValue: row.original_value,
    originalUnit: row.original_unit,
    probability: row.probability,
    note: row.note,
    source: sourceFromRow(row),
    actual: null,
    error: null,
    relativeError: null,
    hit: null,
    brier: null,
    flags: [],
  };
  if (!actualRow) {
    const what = row.product ?? 'the market as a whole';
    return { ...base, flags: [`Nothing in the data measures ${what} in ${row.geography} for ${base.target}.`] };
  }
  const actual: ScoredActualModel = {
    period: periodLabel(actualRow.period_start, actualRow.granularity),
    product: actualRow.product,
    value: actualRow.value,
    originalValue: actualRow.original_value,
    originalUnit: actualRow.original_unit,
    segment: actualRow.segment,
    geography: actualRow.geography,
    note: actualRow.note,
    source: sourceFromRow(actualRow),
  };
  const error = actual.value - row.value;
  const hit = row.unit === 'percent' ? Math.abs(error) <= args.percentPoints : Math.abs(error) <= Math.abs(row.value) * args.tolerance;
  return {
    ...base,
    actual,
    error,
    relativeError: row.value === 0 ? null : error / row.value,
    hit,
    brier: row.probability === null ? null : (row.probability - (hit ? 1 : 0)) ** 2,
    flags: mismatches(row, actual),
  };
}

/** The ways an actual may not measure what the prediction was about. */
function mismatches(row: PredictionRow, actual: ScoredActualModel): string[] {
  const flags: string[] = [];
  if (actual.geography !== row.geography) flags.push(`The actual covers ${actual.geography}; the prediction, ${row.geography}.`);
  if (actual.segment !== row.segment) flags.push(`The actual measures the ${actual.segment} segment; the prediction, ${row.segment}.`);
  const notes = [row.note, actual.note].filter((note): note is string => Boolean(note));
  if (notes.some((note) => /definition|differs|not the same|wording/i.test(note))) flags.push('The sources note that their definitions differ.');
  return flags;
}
