import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { DatasetCard } from './dataset-card';
import { DatasetsQuery } from './operations';

interface DatasetListProps {
  readonly canRestore: boolean;
  /** Changes when the list must be fetched again (after a publish or a restore). */
  readonly refreshKey: number;
  readonly onChanged: () => void;
}

/** Every dataset with its versions and cited sources. */
export function DatasetList({ canRestore, refreshKey, onChanged }: DatasetListProps) {
  const datasets = useQuery(DatasetsQuery, {}, refreshKey);
  return (
    <section class="panel" aria-labelledby="dataset-list-title">
      <h2 id="dataset-list-title">Datasets and their versions</h2>
      {datasets.status === 'loading' && <Loading what="the datasets" />}
      {datasets.status === 'error' && <ErrorMessage error={datasets.error} />}
      {datasets.status === 'done' &&
        (datasets.data.datasets.length === 0 ? (
          <p class="status">No dataset has been published yet.</p>
        ) : (
          <div class="dataset-cards">
            {datasets.data.datasets.map((dataset) => (
              <DatasetCard key={dataset.id} dataset={dataset} canRestore={canRestore} onChanged={onChanged} />
            ))}
          </div>
        ))}
    </section>
  );
}
