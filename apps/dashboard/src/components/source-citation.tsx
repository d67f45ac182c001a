import { isWebLink } from '@marketlens/domain';
import { citationOf } from '../format/citation';

interface Citable {
  readonly title: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly published?: string | null;
  readonly note?: string | null;
}

interface SourceCitationProps {
  readonly source: Citable;
  readonly prefix?: string;
  /** Cut a long citation to this many characters (the whole of it stays in the tooltip and behind the link). */
  readonly maxLength?: number;
}

/** "Source: publisher, date — title", linked when the source has an http(s) address (never any other kind). */
export function SourceCitation({ source, prefix = 'Source: ', maxLength }: SourceCitationProps) {
  const full = citationOf(source);
  const citation = maxLength && full.length > maxLength ? `${full.slice(0, maxLength - 1).trimEnd()}…` : full;
  return (
    <span class="citation" title={citation === full ? undefined : full}>
      {prefix}
      {source.url && isWebLink(source.url) ? (
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
