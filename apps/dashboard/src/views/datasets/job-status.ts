import type { IngestionStatus } from '../../gql/graphql';
import { formatCount } from '../../format/numbers';

/** Statuses after which the server does no more work on its own: stop polling. */
const SETTLED: ReadonlySet<IngestionStatus> = new Set(['validated', 'rejected', 'failed', 'published', 'unchanged', 'discarded']);

export function isSettled(status: IngestionStatus): boolean {
  return SETTLED.has(status);
}

/** What a job's status means for the person who uploaded it. */
export function statusSentence(status: IngestionStatus): string {
  switch (status) {
    case 'created':
      return 'Waiting for the files…';
    case 'receiving':
      return 'Receiving and validating…';
    case 'validated':
      return 'Valid: ready to publish.';
    case 'rejected':
      return 'Rejected: nothing was stored.';
    case 'failed':
      return 'The upload failed: nothing was stored.';
    case 'published':
      return 'Published.';
    case 'unchanged':
      return 'Nothing changed: this content is already a version of the dataset.';
    case 'discarded':
      return 'Discarded without publishing.';
  }
}

const VERDICT_LABELS: Partial<Record<IngestionStatus, string>> = {
  validated: 'Valid',
  rejected: 'Rejected',
  failed: 'Failed',
  published: 'Published',
  unchanged: 'Unchanged',
  discarded: 'Discarded',
};

/** "Rejected: 1 problem; nothing was stored." — the status, with the server's own sentence when it has one. */
export function verdict(job: { status: IngestionStatus; message: string | null; rowsValidated: number }): string {
  const label = VERDICT_LABELS[job.status];
  if (job.status === 'validated' && !job.message) return `Valid: ${formatCount(job.rowsValidated)} row${job.rowsValidated === 1 ? '' : 's'} checked, ready to publish.`;
  if (!label || !job.message) return statusSentence(job.status);
  const sentence = job.message.replace(/\.$/, '');
  // "published as version 2 of x" reads on its own; "1 problem; nothing was stored" needs its label.
  if (sentence.toLowerCase().startsWith(label.toLowerCase())) return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
  return `${label}: ${sentence}.`;
}
