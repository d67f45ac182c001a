export interface Citable {
  readonly title: string;
  readonly publisher?: string | null;
  readonly published?: string | null;
}

/** A full citation line: publisher, date and title. */
export function citationOf(source: Citable): string {
  const who = [source.publisher, source.published].filter(Boolean).join(', ');
  return who ? `${who} — ${source.title}` : source.title;
}
