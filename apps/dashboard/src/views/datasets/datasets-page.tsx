import { useState } from 'preact/hooks';
import { canManageDatasets, manageRefusal } from '../../auth/permissions';
import { useSession } from '../../auth/use-session';
import { Link } from '../../router/link';
import { loginHref, ROUTES } from '../../router/paths';
import { DatasetList } from './dataset-list';
import { UploadPanel } from './upload-panel';
import './datasets.css';

/** The researcher's page: upload and publish datasets, and manage their versions. Everyone may read it. */
export function DatasetsPage() {
  const session = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((key) => key + 1);
  const user = session?.user ?? null;
  const canManage = canManageDatasets(user);
  const refusal = manageRefusal(user);
  return (
    <div class="page-stack">
      {canManage ? (
        <UploadPanel onPublished={refresh} />
      ) : (
        <section class="panel notice" aria-labelledby="upload-unavailable-title">
          <h2 id="upload-unavailable-title">Uploading is not available</h2>
          <p class="upload-unavailable">
            {refusal} {!user && <Link href={loginHref(ROUTES.datasets)}>Log in</Link>}
          </p>
        </section>
      )}
      <DatasetList canRestore={canManage} refreshKey={refreshKey} onChanged={refresh} />
    </div>
  );
}
