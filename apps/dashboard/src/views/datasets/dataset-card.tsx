import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { DatasetsQuery } from '../../gql/graphql';
import { CitedSources } from './cited-sources';
import { DatasetVersions } from './dataset-versions';
import { RestoreDatasetVersionMutation } from './operations';

type Dataset = DatasetsQuery['datasets'][number];

interface DatasetCardProps {
  readonly dataset: Dataset;
  readonly canRestore: boolean;
  readonly onChanged: () => void;
}

/** One dataset: its title, its versions (with Restore for those who may), and the sources it cites. */
export function DatasetCard({ dataset, canRestore, onChanged }: DatasetCardProps) {
  const [restoring, setRestoring] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const titleId = `dataset-${dataset.id}`;
  const restore = async (version: number) => {
    setRestoring(version);
    setOutcome(null);
    try {
      const { restoreDatasetVersion } = await request(RestoreDatasetVersionMutation, { dataset: dataset.slug, version });
      setOutcome({ ok: true, text: `Version ${restoreDatasetVersion.currentVersion} of ${dataset.slug} is current again.` });
      onChanged();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setRestoring(null);
    }
  };
  return (
    <article class="dataset-card" aria-labelledby={titleId} data-slug={dataset.slug}>
      <header class="dataset-card-header">
        <h3 id={titleId}>{dataset.title}</h3>
        <code class="slug">{dataset.slug}</code>
        <span class="muted">{dataset.currentVersion === null ? 'no current version' : `current: version ${dataset.currentVersion}`}</span>
      </header>
      {dataset.description && <p class="dataset-description">{dataset.description}</p>}
      <DatasetVersions dataset={dataset} onRestore={canRestore ? restore : null} restoring={restoring} />
      {outcome && (
        <p class={outcome.ok ? 'status' : 'status status-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      <CitedSources sources={dataset.sources} />
    </article>
  );
}
