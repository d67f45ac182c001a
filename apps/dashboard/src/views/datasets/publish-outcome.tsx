import { namesOrNone, rowsPerKind } from './publish-summary';
import type { UploadJob } from './use-upload';

/** What publishing did: the dataset and its new current version, rows per kind, names the catalog learned. */
export function PublishOutcome({ job }: { job: UploadJob }) {
  const result = job.result;
  if (!result) return null;
  return (
    <dl class="publish-outcome" aria-label="Publish outcome">
      <dt>Dataset</dt>
      <dd>{result.dataset}</dd>
      <dt>Version</dt>
      <dd>
        {result.version}
        {job.status === 'published' ? ' (now current)' : ' (unchanged)'}
      </dd>
      <dt>Rows</dt>
      <dd>{rowsPerKind(result.rows)}</dd>
      <dt>New products</dt>
      <dd>{namesOrNone(result.createdProducts)}</dd>
      <dt>New vendors</dt>
      <dd>{namesOrNone(result.createdVendors)}</dd>
    </dl>
  );
}
