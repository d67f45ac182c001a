import { Injectable } from '@nestjs/common';
import { bassAdoptions, bassCumulativeShare, type BassParameters } from '@marketlens/analytics';
import { nextPeriodStarts, periodEnd, periodLabel } from '@marketlens/domain';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { SeriesService } from '../series/series.service.js';
import { CpuPool } from '../workers/cpu-pool.js';
import { workerTask } from '../workers/worker-task.js';
import { scaleOf } from './candidate-models.js';
import type { BassScenarioInput } from './dto/bass-scenario.input.js';
import type { bassFitTask } from './forecast.task.js';
import type { BassScenarioModel } from './models/bass-scenario.model.js';

const BASS_FIT_TASK = workerTask<typeof bassFitTask>(import.meta.url, './forecast.task.js', 'bassFitTask');

/**
 * A Bass curve the user can move. Per-period series are modelled directly (a(t) = m·[F(t) − F(t−1)]);
 * level series through their changes, so the curve is N(t) = N(1) + m·F(t − 1).
 */
@Injectable()
export class BassScenarioService {
  constructor(
    private readonly seriesService: SeriesService,
    private readonly pool: CpuPool,
  ) {}

  async scenario(input: BassScenarioInput): Promise<BassScenarioModel> {
    const series = await this.seriesService.series(input.series);
    if (series.points.length < 2) throw new AppError(AppErrorCode.BadInput, 'A scenario needs a series with at least two points.');
    const values = series.points.map((point) => point.value);
    const perPeriod = scaleOf(series.metric) === 'adoptions';
    const adoptions = perPeriod ? values : values.slice(1).map((value, index) => value - values[index]!);
    const warnings: string[] = [];
    let fitted: BassParameters | null = null;
    if (adoptions.length >= 4 && adoptions.every((value) => value >= 0)) {
      const fit = await this.pool.run(BASS_FIT_TASK, adoptions);
      if ('reason' in fit) warnings.push(`Bass could not be fitted to this series (${fit.reason}); set m, p and q yourself.`);
      else fitted = fit;
    } else {
      warnings.push('The series is too short (or falls) for a Bass fit; set m, p and q yourself.');
    }
    const used = { m: input.m ?? fitted?.m ?? Math.max(...values) * 2, p: input.p ?? fitted?.p ?? 0.03, q: input.q ?? fitted?.q ?? 0.38 };
    const last = series.points[series.points.length - 1]!;
    const futureStarts = nextPeriodStarts(last.start, last.granularity, input.horizon);
    const starts = [...series.points.map((point) => point.start), ...futureStarts];
    const t = starts.map((_, index) => index + 1);
    const baseline = perPeriod ? bassAdoptions(t, used) : t.map((time) => values[0]! + used.m * bassCumulativeShare(time - 1, used.p, used.q));
    const effectFrom = input.effectFrom;
    return {
      fitted,
      used,
      warnings,
      points: starts.map((start, index) => {
        const affected = effectFrom !== undefined && input.levelChange !== undefined && periodEnd(start, last.granularity) > effectFrom;
        return {
          period: periodLabel(start, last.granularity),
          start,
          actual: series.points[index]?.value ?? null,
          baseline: baseline[index]!,
          withEffect: input.levelChange === undefined ? null : baseline[index]! + (affected ? input.levelChange : 0),
        };
      }),
    };
  }
}
