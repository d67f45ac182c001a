import { kindLabel } from '../../format/labels';
import type { Link } from './network-data';

interface LinkDetailsProps {
  readonly link: Link;
  readonly names: ReadonlyMap<string, string>;
  /** The number of the link's source in the panel's list of sources. */
  readonly sourceNumber: number;
}

/** One partnership: who supplied whom, its kind and date, what the source says, and which listed source says it. */
export function LinkDetails({ link, names, sourceNumber }: LinkDetailsProps) {
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
        <dt>Source</dt>
        <dd>[{sourceNumber}]</dd>
      </dl>
      {link.description && <p>{link.description}</p>}
      {link.note && <p class="muted">Note: {link.note}</p>}
    </article>
  );
}
