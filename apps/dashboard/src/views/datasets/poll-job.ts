import type { IngestionStatus } from '../../gql/graphql';
import { isSettled } from './job-status';

export interface JobProgress {
  readonly id: string;
  readonly status: IngestionStatus;
  readonly bytesReceived: number;
  readonly bytesTotal: number | null;
  readonly rowsValidated: number;
}

export interface PollOptions {
  readonly fetchProgress: () => Promise<JobProgress>;
  readonly onProgress: (progress: JobProgress) => void;
  readonly intervalMs?: number;
}

/**
 * Asks for a job's progress every interval (one request at a time) until the job settles or stop() is
 * called. A failed poll is skipped: progress is advisory, the upload's own answer is what counts.
 */
export function pollJob({ fetchProgress, onProgress, intervalMs = 300 }: PollOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    let settled = false;
    try {
      const progress = await fetchProgress();
      if (stopped) return;
      onProgress(progress);
      settled = isSettled(progress.status);
    } catch {
      // Skipped; the next tick tries again.
    }
    if (!stopped && !settled) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
