import { SourceCitation } from '../../components/source-citation';
import type { TimelineEvent } from './share-chart-data';

/** The events drawn on the time axis, as text, numbered as on the axis: date, title, description and source. */
export function EventsList({ events }: { events: readonly TimelineEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details class="events-list">
      <summary>
        Events on the time axis ({events.length})
      </summary>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <strong>
              {event.date} — {event.title}
            </strong>
            {event.description && <span> {event.description}</span>}
            <span class="muted">
              {' '}
              <SourceCitation source={event.source} />
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
