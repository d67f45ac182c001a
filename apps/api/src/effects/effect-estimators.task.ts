/**
 * The effect estimators of libs/analytics, run in a worker thread (see workers/cpu-pool.ts): a
 * synthetic control refits once per donor for its placebo p-value. Plain data in and out.
 */
import {
  differenceInDifferences,
  interruptedTimeSeries,
  syntheticControl,
  type DifferenceInDifferencesInput,
  type SyntheticControlInput,
  type TimeSeries,
} from '@marketlens/analytics';

export const interruptedTimeSeriesTask = ({ series, eventIndex }: { series: TimeSeries; eventIndex: number }) => interruptedTimeSeries(series, eventIndex);

export const differenceInDifferencesTask = ({ input, eventIndex }: { input: DifferenceInDifferencesInput; eventIndex: number }) => differenceInDifferences(input, eventIndex);

export const syntheticControlTask = ({ input, eventIndex }: { input: SyntheticControlInput; eventIndex: number }) => syntheticControl(input, eventIndex);
