import { formatCount, formatWhen } from '../../format/numbers';
import type { DatasetsQuery } from '../../gql/graphql';

type Dataset = DatasetsQuery['datasets'][number];

interface DatasetVersionsProps {
  readonly dataset: Dataset;
  /** Null: the user may not restore, and no Restore buttons are shown. */
  readonly onRestore: ((version: number) => void) | null;
  readonly restoring: number | null;
}

/** Every version of a dataset, newest first: who uploaded it (their email for admins only), when, its rows, and which one is current. */
export function DatasetVersions({ dataset, onRestore, restoring }: DatasetVersionsProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Versions, scrollable">
      <table class="data-table versions-table" aria-label={`Versions of ${dataset.title}`}>
        <thead>
          <tr>
            <th scope="col" class="numeric">Version</th>
            <th scope="col" class="numeric">Rows</th>
            <th scope="col">Uploaded by</th>
            <th scope="col">When</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {dataset.versions.map((version) => (
            <tr key={version.number} class={version.current ? 'current-version' : undefined}>
              <td class="numeric">{version.number}</td>
              <td class="numeric">{formatCount(version.rowCount)}</td>
              <td>
                {version.createdBy}
                {version.createdByEmail && <span class="muted"> ({version.createdByEmail})</span>}
              </td>
              <td>
                <time dateTime={String(version.createdAt)}>{formatWhen(String(version.createdAt))}</time>
              </td>
              <td>
                {version.current ? (
                  <span class="badge">Current</span>
                ) : onRestore ? (
                  <button type="button" class="button button-small button-secondary" disabled={restoring !== null} onClick={() => onRestore(version.number)} aria-label={`Restore version ${version.number} of ${dataset.title}`}>
                    {restoring === version.number ? 'Restoring…' : 'Restore'}
                  </button>
                ) : (
                  <span class="muted">Earlier</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
