import type { NetworkSelection } from '@marketlens/charts';
import { SourceCitation } from '../../components/source-citation';
import { LinkDetails } from './link-details';
import type { Network } from './network-data';

interface NetworkDetailsProps {
  readonly network: Network;
  readonly selected: NetworkSelection | null;
  readonly onClose: () => void;
}

/** The partnerships behind a clicked node or link, then their sources, each listed once and numbered. */
export function NetworkDetails({ network, selected, onClose }: NetworkDetailsProps) {
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const node = selected?.kind === 'node' ? network.nodes.find((candidate) => candidate.id === selected.id) : undefined;
  const link = selected?.kind === 'link' ? network.links.find((candidate) => candidate.id === selected.id) : undefined;
  const links = node ? network.links.filter((candidate) => candidate.from === node.id || candidate.to === node.id) : link ? [link] : [];
  const sources = [...new Map(links.map((item) => [item.source.id, item.source])).values()];
  const numberOf = new Map(sources.map((source, index) => [source.id, index + 1]));
  return (
    <aside class="network-details" aria-labelledby="network-details-title" aria-live="polite">
      <div class="chart-card-header">
        <h3 id="network-details-title">{node ? node.name : link ? 'Partnership' : 'Details and sources'}</h3>
        {selected && (
          <button type="button" class="button button-small button-secondary" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      {!selected && <p class="hint">Click a node or a link (or focus it and press Enter) to read its partnerships and their sources.</p>}
      {selected && !node && !link && <p class="status">What you selected had not started by this date, or its kind is switched off.</p>}
      {node && (
        <p class="muted">
          {node.type.replaceAll('_', ' ')} · {links.length} partnership{links.length === 1 ? '' : 's'} by this date
        </p>
      )}
      {links.map((item) => (
        <LinkDetails key={item.id} link={item} names={names} sourceNumber={numberOf.get(item.source.id)!} />
      ))}
      {sources.length > 0 && (
        <section class="link-sources" aria-label="Sources">
          <h4>Sources</h4>
          <ol>
            {sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
