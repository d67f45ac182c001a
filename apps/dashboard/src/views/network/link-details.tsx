import { SourceCitation } from '../../components/source-citation';
import { kindLabel } from '../../format/labels';
import type { Link } from './network-data';

/** One partnership: who supplied whom, its kind and date, what the source says, and the source. */
export function LinkDetails({ link, names }: { link: Link; names: ReadonlyMap<string, string> }) {
  return (
    <article class="link-details" aria-label={`${names.get(link.from)} to ${names.get(link.to)}`}>
      <h4>
        {names.get(link.from) ?? link.from} → {names.get(link.to) ?? link.to}
      </h4>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{kindLabel(link.kind)}</dd>
        <dt>Since</dt>
        <dd>{link.date}</dd>
      </dl>
      {link.description && <p>{link.description}</p>}
      {link.note && <p class="muted">Note: {link.note}</p>}
      <p>
        <SourceCitation source={link.source} />
      </p>
    </article>
  );
}
