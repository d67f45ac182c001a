import { useEffect, useRef } from 'preact/hooks';
import { PublishOutcome } from './publish-outcome';
import { UploadPreview } from './upload-preview';
import type { UploadJob } from './use-upload';
import { ValidationReport } from './validation-report';
import { verdict } from './job-status';

interface UploadReviewProps {
  readonly job: UploadJob;
  readonly busy: 'publishing' | 'discarding' | null;
  readonly onPublish: () => void;
  readonly onDiscard: () => void;
}

/** The server's verdict on an upload: its problems, or its preview with Publish and Discard, or what publishing did. */
export function UploadReview({ job, busy, onPublish, onDiscard }: UploadReviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The verdict replaces what had focus (the Upload or Publish button): move focus to its heading.
  useEffect(() => heading.current?.focus(), [job.id, job.status]);
  const refused = job.status === 'rejected' || job.status === 'failed';
  return (
    <section class="upload-review" aria-labelledby="upload-review-title">
      <h3 id="upload-review-title" tabIndex={-1} ref={heading}>
        {job.status === 'published' || job.status === 'unchanged' ? 'Publish outcome' : 'Validation report'}
      </h3>
      <p class={`verdict verdict-${job.status}`} role={refused ? 'alert' : 'status'}>
        {verdict(job)}
      </p>
      <p class="hint">
        {job.files.join(', ')}
        {job.dataset ? ` → dataset ${job.dataset}` : ''}
      </p>
      <ValidationReport job={job} />
      {job.status === 'validated' && (
        <>
          <UploadPreview job={job} />
          <div class="actions">
            <button type="button" class="button" onClick={onPublish} disabled={busy !== null}>
              {busy === 'publishing' ? 'Publishing…' : 'Publish'}
            </button>
            <button type="button" class="button button-secondary" onClick={onDiscard} disabled={busy !== null}>
              {busy === 'discarding' ? 'Discarding…' : 'Discard'}
            </button>
          </div>
        </>
      )}
      <PublishOutcome job={job} />
      {refused && <p class="hint">Correct the files and upload them again.</p>}
    </section>
  );
}
