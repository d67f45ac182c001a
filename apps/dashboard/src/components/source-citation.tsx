import { citationOf } from '../format/citation';

interface Citable {
  readonly title: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly published?: string | null;
  readonly note?: string | null;
}

/** "Source: publisher, date — title", linked when the source has an address. */
export function SourceCitation({ source, prefix = 'Source: ' }: { source: Citable; prefix?: string }) {
  const citation = citationOf(source);
  return (
    <span class="citation">
      {prefix}
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener" target="_blank">
          {citation}
        </a>
      ) : (
        citation
      )}
      {source.note && <span class="muted"> ({source.note})</span>}
    </span>
  );
}
