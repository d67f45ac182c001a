import { isWebLink } from '@marketlens/domain';
import type { DatasetsQuery } from '../../gql/graphql';

type Source = DatasetsQuery['datasets'][number]['sources'][number];

function citation(source: Source): string {
  const who = [source.publisher, source.published].filter(Boolean).join(', ');
  return who ? `${who} — ${source.title}` : source.title;
}

/** The sources a dataset's current version cites, folded away when there are many. */
export function CitedSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p class="hint">The current version cites no source.</p>;
  return (
    <details class="cited-sources" open={sources.length <= 3}>
      <summary>
        Cited source{sources.length === 1 ? '' : 's'} ({sources.length})
      </summary>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {source.url && isWebLink(source.url) ? (
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {citation(source)}
              </a>
            ) : (
              citation(source)
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
