import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { sendMultipart } from '../../api/upload';
import type { IngestionJobFieldsFragment } from '../../gql/graphql';
import { pollJob, type JobProgress } from './poll-job';
import {
  CreateIngestionJobMutation,
  DiscardIngestionJobMutation,
  IngestionJobQuery,
  IngestionProgressQuery,
  PublishIngestionJobMutation,
  UploadDatasetMutation,
} from './operations';

export type UploadJob = IngestionJobFieldsFragment;

export type UploadState =
  | { readonly step: 'idle' }
  /** Files on their way: bytes sent by the browser, and the server's progress from polling. */
  | { readonly step: 'sending'; readonly sent: number; readonly total: number; readonly server: JobProgress | null }
  /** The server's verdict, and then what the user decided. */
  | { readonly step: 'review'; readonly job: UploadJob; readonly busy: 'publishing' | 'discarding' | null };

export interface Upload {
  readonly state: UploadState;
  readonly error: string | null;
  /** Resolves true when the server gave its verdict, false when the upload could not be made. */
  start(files: readonly File[], dataset: string): Promise<boolean>;
  publish(): Promise<void>;
  discard(): Promise<void>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * An upload from start to decision: create the job, send the files (progress from the browser) while
 * polling the job (rows validated by the server), then publish or discard the validated upload.
 */
export function useUpload(onPublished: () => void): Upload {
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (files: readonly File[], dataset: string) => {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    setError(null);
    setState({ step: 'sending', sent: 0, total, server: null });
    const controller = new AbortController();
    abort.current = controller;
    let stopPolling = () => {};
    try {
      const { createIngestionJob } = await request(CreateIngestionJobMutation, { files: files.map((file) => file.name), bytesTotal: total });
      const jobId = createIngestionJob.id;
      stopPolling = pollJob({
        fetchProgress: async () => (await request(IngestionProgressQuery, { jobId })).ingestionJob,
        onProgress: (server) => setState((previous) => (previous.step === 'sending' ? { ...previous, server } : previous)),
      });
      const { uploadDataset } = await sendMultipart(
        UploadDatasetMutation,
        { jobId, dataset: dataset.trim() || null },
        files.map((file) => ({ name: file.name, blob: file })),
        {
          signal: controller.signal,
          onProgress: (sent, sentTotal) => setState((previous) => (previous.step === 'sending' ? { ...previous, sent, total: sentTotal || previous.total } : previous)),
        },
      );
      setState({ step: 'review', job: uploadDataset, busy: null });
      return true;
    } catch (failure) {
      if (!controller.signal.aborted) setError(messageOf(failure));
      setState({ step: 'idle' });
      return false;
    } finally {
      stopPolling();
    }
  };

  const decide = async (busy: 'publishing' | 'discarding') => {
    if (state.step !== 'review') return;
    const { job } = state;
    setError(null);
    setState({ step: 'review', job, busy });
    try {
      const decided =
        busy === 'publishing'
          ? (await request(PublishIngestionJobMutation, { jobId: job.id })).publishIngestionJob
          : (await request(DiscardIngestionJobMutation, { jobId: job.id })).discardIngestionJob;
      setState({ step: 'review', job: decided, busy: null });
      if (decided.status === 'published') onPublished();
    } catch (failure) {
      setError(messageOf(failure));
      // A publish that finds problems rejects the job: show its report rather than the stale verdict.
      const latest = await request(IngestionJobQuery, { jobId: job.id }).then((answer) => answer.ingestionJob, () => job);
      setState({ step: 'review', job: latest, busy: null });
    }
  };

  return { state, error, start, publish: () => decide('publishing'), discard: () => decide('discarding') };
}
