import type { ApiProcess } from './api-process.js';

/** The liveness bound the hardening tests hold the API to while it works on something hostile or heavy. */
export const HEALTH_BOUND_MS = 500;

export interface HealthSample<T> {
  readonly result: T;
  /** Milliseconds each /health took, asked one after the other (at least once) while the work ran. */
  readonly latencies: number[];
}

/** Asks /health over and over while `work` runs; a /health that takes 5 s fails the caller. */
export async function healthWhile<T>(api: ApiProcess, work: Promise<T>, pauseMs = 50): Promise<HealthSample<T>> {
  let settled = false;
  const outcome = work.finally(() => (settled = true));
  outcome.catch(() => undefined);
  const latencies: number[] = [];
  // Let the request reach the server first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  do {
    latencies.push(await api.healthLatency(5_000));
    if (!settled) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  } while (!settled);
  return { result: await outcome, latencies };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
