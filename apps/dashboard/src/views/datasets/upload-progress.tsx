import { formatCount, formatProgress, progressPercent } from '../../format/numbers';
import type { JobProgress } from './poll-job';
import { statusSentence } from './job-status';

interface UploadProgressProps {
  readonly sent: number;
  readonly total: number;
  readonly server: JobProgress | null;
}

/** Bytes the browser has sent (a real progress bar), then the rows the server has validated so far. */
export function UploadProgress({ sent, total, server }: UploadProgressProps) {
  const percent = progressPercent(sent, total);
  const text = formatProgress(sent, total);
  const allSent = total > 0 && sent >= total;
  return (
    <div class="upload-progress">
      <div class="progress-label" id="upload-progress-label">
        {allSent ? 'Sent' : 'Sending'} {text}
      </div>
      <div class="progress-track" role="progressbar" aria-labelledby="upload-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="status" role="status" aria-live="polite">
        {server ? `${statusSentence(server.status)} ${formatCount(server.rowsValidated)} rows validated.` : 'Starting the upload…'}
      </p>
    </div>
  );
}
