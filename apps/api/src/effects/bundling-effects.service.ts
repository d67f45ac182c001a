import { Injectable } from '@nestjs/common';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { EventsService } from '../events/events.service.js';
import type { EventModel } from '../events/models/event.model.js';
import type { SeriesModel } from '../series/models/series.model.js';
import { SeriesService } from '../series/series.service.js';
import { CpuPool } from '../workers/cpu-pool.js';
import { workerTask } from '../workers/worker-task.js';
import type { BundlingEffectInput } from './dto/bundling-effect.input.js';
import type { differenceInDifferencesTask, interruptedTimeSeriesTask, syntheticControlTask } from './effect-estimators.task.js';
import { alignSeries, firstIndexFrom, seriesName, yearsOf } from './effect-series.js';
import { EffectMethod, type BundlingEffectModel, type EffectPointModel } from './models/bundling-effect.model.js';

const ESTIMATORS = './effect-estimators.task.js';
const INTERRUPTED_TIME_SERIES = workerTask<typeof interruptedTimeSeriesTask>(import.meta.url, ESTIMATORS, 'interruptedTimeSeriesTask');
const DIFFERENCE_IN_DIFFERENCES = workerTask<typeof differenceInDifferencesTask>(import.meta.url, ESTIMATORS, 'differenceInDifferencesTask');
const SYNTHETIC_CONTROL = workerTask<typeof syntheticControlTask>(import.meta.url, ESTIMATORS, 'syntheticControlTask');

/** Runs the pure estimators of libs/analytics on series from the database, and shapes what the chart draws. */
@Injectable()
export class BundlingEffectsService {
  constructor(
    private readonly events: EventsService,
    private readonly seriesService: SeriesService,
    private readonly pool: CpuPool,
  ) {}

  async estimate(input: BundlingEffectInput): Promise<BundlingEffectModel> {
    const event = await this.events.findOne(input.eventId);
    const series = await this.seriesService.series(input.series);
    switch (input.method) {
      case EffectMethod.INTERRUPTED_TIME_SERIES:
        return this.interrupted(event, series);
      case EffectMethod.DIFFERENCE_IN_DIFFERENCES: {
        if (!input.control) throw new AppError(AppErrorCode.BadInput, 'Difference-in-differences needs a control series.');
        return this.differences(event, series, await this.seriesService.series(input.control));
      }
      case EffectMethod.SYNTHETIC_CONTROL: {
        if (!input.donors || input.donors.length < 2) throw new AppError(AppErrorCode.BadInput, 'Synthetic control needs at least two donor series.');
        return this.synthetic(event, series, await Promise.all(input.donors.map((donor) => this.seriesService.series(donor))));
      }
    }
  }

  private async interrupted(event: EventModel, series: SeriesModel): Promise<BundlingEffectModel> {
    const base = empty(EffectMethod.INTERRUPTED_TIME_SERIES, event, series);
    const eventIndex = firstIndexFrom(series.points, event.start);
    const thin = sidesWarning(eventIndex, series.points.length, 'interrupted time series', 3, 3);
    if (thin) return { ...base, warnings: [thin], points: plainPoints(series.points, eventIndex) };
    const result = await this.pool.run(INTERRUPTED_TIME_SERIES, { series: { t: series.points.map((point) => yearsOf(point.start)), values: series.points.map((point) => point.value) }, eventIndex });
    if (!result.ok) return { ...base, warnings: result.warnings, points: plainPoints(series.points, eventIndex) };
    const points = series.points.map((point, index): EffectPointModel => {
      const counterfactual = index >= eventIndex ? result.counterfactual[index - eventIndex] : undefined;
      return { ...plainPoint(point, index >= eventIndex), counterfactual: counterfactual?.value ?? null, lower: counterfactual?.lower ?? null, upper: counterfactual?.upper ?? null };
    });
    return { ...base, ok: true, warnings: result.warnings, levelChange: result.levelChange, slopeChange: result.slopeChange, cumulativeEffect: result.cumulativeEffect, points };
  }

  private async differences(event: EventModel, series: SeriesModel, control: SeriesModel): Promise<BundlingEffectModel> {
    const base = empty(EffectMethod.DIFFERENCE_IN_DIFFERENCES, event, series);
    const aligned = alignSeries([series, control]);
    const eventIndex = firstIndexFrom(aligned.points, event.start);
    const thin = sidesWarning(eventIndex, aligned.points.length, 'difference-in-differences (periods both series have)', 3, 3);
    if (thin) return { ...base, warnings: [thin], points: plainPoints(series.points, firstIndexFrom(series.points, event.start)) };
    const [treated, controlValues] = aligned.values as [number[], number[]];
    const result = await this.pool.run(DIFFERENCE_IN_DIFFERENCES, { input: { t: aligned.points.map((point) => yearsOf(point.start)), treated, control: controlValues }, eventIndex });
    if (!result.ok) return { ...base, warnings: result.warnings, points: plainPoints(aligned.points, eventIndex) };
    // Counterfactual: the control's path shifted by the pre-event gap; its band is the effect's interval.
    const [, , gap] = result.coefficients as [number, number, number, number];
    const halfWidth = result.effect.upper - result.effect.estimate;
    const points = aligned.points.map((point, index) => {
      const counterfactual = controlValues[index]! + gap;
      return { ...plainPoint(point, index >= eventIndex), counterfactual, lower: counterfactual - halfWidth, upper: counterfactual + halfWidth };
    });
    const cumulative = result.effect.estimate * (aligned.points.length - eventIndex);
    return {
      ...base,
      ok: true,
      warnings: result.warnings,
      effect: result.effect,
      cumulativeEffect: scale(result.effect, aligned.points.length - eventIndex, cumulative),
      points,
    };
  }

  private async synthetic(event: EventModel, series: SeriesModel, donors: SeriesModel[]): Promise<BundlingEffectModel> {
    const base = empty(EffectMethod.SYNTHETIC_CONTROL, event, series);
    const aligned = alignSeries([series, ...donors]);
    const eventIndex = firstIndexFrom(aligned.points, event.start);
    const thin = sidesWarning(eventIndex, aligned.points.length, 'synthetic control (periods every series has)', 3, 1);
    if (thin) return { ...base, warnings: [thin], points: plainPoints(series.points, firstIndexFrom(series.points, event.start)) };
    const [treated, ...donorValues] = aligned.values as [number[], ...number[][]];
    const result = await this.pool.run(SYNTHETIC_CONTROL, {
      input: { t: aligned.points.map((point) => yearsOf(point.start)), treated, donors: donors.map((donor, index) => ({ name: seriesName(donor), values: donorValues[index]! })) },
      eventIndex,
    });
    if (!result.ok) return { ...base, warnings: result.warnings, points: plainPoints(aligned.points, eventIndex) };
    const points = aligned.points.map((point, index) => ({ ...plainPoint(point, index >= eventIndex), counterfactual: result.synthetic[index]!, lower: null, upper: null }));
    // No interval here: synthetic control's uncertainty is the placebo p-value.
    return { ...base, ok: true, warnings: result.warnings, points, weights: result.weights, pValue: result.pValue, preRmspe: result.preRmspe };
  }
}

type Point = SeriesModel['points'][number];

function empty(method: EffectMethod, event: EventModel, series: SeriesModel): BundlingEffectModel {
  return { method, ok: false, warnings: [], event, series, levelChange: null, slopeChange: null, effect: null, cumulativeEffect: null, points: [], weights: [], pValue: null, preRmspe: null };
}

function plainPoint(point: Point, afterEvent: boolean): EffectPointModel {
  return { period: point.period, start: point.start, actual: point.value, counterfactual: null, lower: null, upper: null, afterEvent };
}

function plainPoints(points: readonly Point[], eventIndex: number): EffectPointModel[] {
  return points.map((point, index) => plainPoint(point, index >= eventIndex));
}

/** The plain warning when a method lacks data on one side of the event; undefined when it has enough. */
function sidesWarning(eventIndex: number, n: number, method: string, before: number, after: number): string | undefined {
  const missing = [eventIndex < before ? `${before} periods before the event (it has ${eventIndex})` : undefined, n - eventIndex < after ? `${after} after it (it has ${n - eventIndex})` : undefined].filter(Boolean);
  return missing.length > 0 ? `Too little data for ${method}: it needs at least ${missing.join(' and ')}. No estimate is shown rather than a misleading one.` : undefined;
}

function scale(estimate: { standardError: number; lower: number; upper: number; estimate: number }, factor: number, value: number) {
  return { estimate: value, standardError: estimate.standardError * factor, lower: estimate.lower * factor, upper: estimate.upper * factor };
}
