import { EVENT_KINDS, type EventKind, type Period } from '@marketlens/domain';
import type { RowReader } from '../row-reader.js';
import type { ResourceDefinition } from './resource-definition.js';

export interface EventRow {
  readonly line: number;
  readonly date: Period;
  readonly kind: EventKind;
  readonly title: string;
  /** Vendor or product names, matched against the catalog. */
  readonly actors: readonly string[];
  readonly description: string | null;
  readonly source: string;
  readonly note: string | null;
}

function read(reader: RowReader): EventRow | undefined {
  const date = reader.period('date');
  const kind = reader.oneOf('kind', EVENT_KINDS, 'event kind');
  const title = reader.text('title', true);
  const actors = reader.list('actors');
  const description = reader.text('description', false);
  const source = reader.text('source', true);
  const note = reader.text('note', false);
  if (!date || !kind || !title || description === undefined || !source || note === undefined) return undefined;
  return { line: reader.line, date, kind, title, actors, description, source, note };
}

export const eventsResource: ResourceDefinition<EventRow> = {
  kind: 'events',
  columns: ['date', 'kind', 'title', 'actors', 'description', 'source'],
  optionalColumns: ['note'],
  read,
};
